import type { Metadata } from "next";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { IssueForm } from "@/components/newsletters/admin/issue-form";
import { requireStaff } from "@/lib/auth/session";
import { listNewsletterChoices } from "@/lib/newsletters/admin/newsletter-queries";
import { readSubscriberParams } from "@/lib/newsletters/admin/subscriber-params";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../../../styles/editor-manage.css";
import "../../../../../styles/editor-newsletters.css";

export const metadata: Metadata = { title: "New issue" };

export default async function NewIssuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff("newsletter.send", undefined, "/editor/newsletters/issues/new");
  const { newsletterId } = readSubscriberParams(await searchParams);
  const [choices, settings] = await Promise.all([listNewsletterChoices(), getSiteSettings()]);
  // Issues go to active newsletters only.
  const newsletters = choices.filter((newsletter) => newsletter.active);
  const preset = newsletters.some((n) => n.id === newsletterId) ? newsletterId : "";

  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/newsletters/issues", label: "Issues" }} />
      <header className="ed-page-head">
        <div>
          <h1>New issue</h1>
          <p>Write it, preview it, send yourself a test, then send it to subscribers.</p>
        </div>
      </header>
      <section className="ed-panel em-narrow" aria-label="Issue">
        <IssueForm
          initial={{ subject: "", intro: "", articles: [] }}
          newsletters={newsletters.map(({ id, name }) => ({ id, name }))}
          newsletterId={preset}
          timeZone={settings.timezone}
        />
      </section>
    </>
  );
}
