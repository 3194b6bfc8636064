import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { IssueTable } from "@/components/newsletters/admin/issue-table";
import { NewsletterForm } from "@/components/newsletters/admin/newsletter-form";
import { StatusCounts } from "@/components/newsletters/admin/status-counts";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { getNewsletterForManage } from "@/lib/newsletters/admin/newsletter-queries";
import { listIssues } from "@/lib/newsletters/issues/queries";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../../styles/editor-manage.css";
import "../../../../styles/editor-newsletters.css";

export const metadata: Metadata = { title: "Edit newsletter" };

export default async function EditNewsletterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const staff = await requireStaff("newsletter.manage", undefined, `/editor/newsletters/${id}`);
  const newsletter = await getNewsletterForManage(id);
  if (!newsletter) notFound();
  const created = (await searchParams).created === "1";
  const mayWrite = can(staff.role, "newsletter.send");
  const [issues, settings] = await Promise.all([
    mayWrite ? listIssues({ newsletterId: id, take: 10 }) : [],
    getSiteSettings(),
  ]);

  return (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/newsletters", label: "Newsletters" }} />
      <header className="ed-page-head">
        <div>
          <h1>{newsletter.name}</h1>
          <p>{newsletter.active ? "Active: readers can sign up." : "Off: no sign-up form."}</p>
        </div>
        {mayWrite && newsletter.active ? (
          <Link
            href={`/editor/newsletters/issues/new?newsletter=${newsletter.id}`}
            className="ed-button ed-button-primary"
          >
            Write an issue
          </Link>
        ) : null}
      </header>
      {created ? (
        <p className="ed-notice em-page-notice" role="status">
          Newsletter created.
        </p>
      ) : null}
      <div className="em-layout">
        <section className="ed-panel" aria-labelledby="newsletter-details">
          <h2 id="newsletter-details">Details</h2>
          <NewsletterForm
            id={newsletter.id}
            initial={{
              name: newsletter.name,
              slug: newsletter.slug,
              description: newsletter.description,
              cadence: newsletter.cadence,
              senderName: newsletter.senderName,
              senderEmail: newsletter.senderEmail,
              active: newsletter.active,
              edition: newsletter.edition,
              membersOnly: newsletter.membersOnly,
              position: newsletter.position,
            }}
          />
        </section>
        <aside className="em-aside">
          <section className="ed-panel" aria-labelledby="newsletter-subscribers">
            <h2 id="newsletter-subscribers">Subscribers</h2>
            <StatusCounts newsletterId={newsletter.id} counts={newsletter.counts} />
          </section>
        </aside>
      </div>
      {mayWrite ? (
        <section className="enl-section" aria-labelledby="newsletter-issues">
          <div className="enl-section-head">
            <h2 id="newsletter-issues">Issues</h2>
          </div>
          <IssueTable issues={issues} timeZone={settings.timezone} />
        </section>
      ) : null}
    </>
  );
}
