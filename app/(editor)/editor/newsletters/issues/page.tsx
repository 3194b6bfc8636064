import type { Metadata } from "next";
import Link from "next/link";
import { IssueTable } from "@/components/newsletters/admin/issue-table";
import { NewsletterTabs } from "@/components/newsletters/admin/newsletter-tabs";
import { requireStaff } from "@/lib/auth/session";
import { listNewsletterChoices } from "@/lib/newsletters/admin/newsletter-queries";
import { readSubscriberParams } from "@/lib/newsletters/admin/subscriber-params";
import { listIssues } from "@/lib/newsletters/issues/queries";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../../styles/editor-manage.css";
import "../../../../styles/editor-newsletters.css";

export const metadata: Metadata = { title: "Newsletter issues" };

export default async function IssuesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff("newsletter.send", undefined, "/editor/newsletters/issues");
  const { newsletterId } = readSubscriberParams(await searchParams);
  const [issues, newsletters, settings] = await Promise.all([
    listIssues({ newsletterId: newsletterId || undefined, take: 100 }),
    listNewsletterChoices(),
    getSiteSettings(),
  ]);

  return (
    <>
      <NewsletterTabs current="issues" />
      <header className="ed-page-head">
        <div>
          <h1>Issues</h1>
          <p>Every issue written, newest first: drafts, sends under way and what went out.</p>
        </div>
        <Link
          href={`/editor/newsletters/issues/new${newsletterId ? `?newsletter=${newsletterId}` : ""}`}
          className="ed-button ed-button-primary"
        >
          Write an issue
        </Link>
      </header>
      <form className="enl-filters" action="/editor/newsletters/issues" method="get">
        <div className="ed-field">
          <label htmlFor="issues-newsletter">Newsletter</label>
          <select id="issues-newsletter" name="newsletter" defaultValue={newsletterId}>
            <option value="">All newsletters</option>
            {newsletters.map((newsletter) => (
              <option key={newsletter.id} value={newsletter.id}>
                {newsletter.name}
              </option>
            ))}
          </select>
        </div>
        <div className="enl-filter-actions">
          <button type="submit" className="ed-button">
            Show
          </button>
        </div>
      </form>
      <IssueTable issues={issues} timeZone={settings.timezone} />
    </>
  );
}
