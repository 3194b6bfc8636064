import type { Metadata } from "next";
import Link from "next/link";
import { IssueTable } from "@/components/newsletters/admin/issue-table";
import { NewsletterTabs } from "@/components/newsletters/admin/newsletter-tabs";
import { StatusCounts } from "@/components/newsletters/admin/status-counts";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { listNewslettersForManage } from "@/lib/newsletters/admin/newsletter-queries";
import { listIssues } from "@/lib/newsletters/issues/queries";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../styles/editor-manage.css";
import "../../../styles/editor-newsletters.css";

export const metadata: Metadata = { title: "Newsletters" };

export default async function NewslettersPage() {
  const staff = await requireStaff("newsletter.manage", undefined, "/editor/newsletters");
  const [newsletters, issues, settings] = await Promise.all([
    listNewslettersForManage(),
    listIssues({ take: 5 }),
    getSiteSettings(),
  ]);
  const mayWrite = can(staff.role, "newsletter.send");

  return (
    <>
      <NewsletterTabs current="newsletters" />
      <header className="ed-page-head">
        <div>
          <h1>Newsletters</h1>
          <p>
            {newsletters.length} {newsletters.length === 1 ? "newsletter" : "newsletters"}, in the
            order readers see them.
          </p>
        </div>
        <div className="em-actions">
          <Link href="/editor/newsletters/new" className="ed-button">
            New newsletter
          </Link>
          {mayWrite ? (
            <Link href="/editor/newsletters/issues/new" className="ed-button ed-button-primary">
              Write an issue
            </Link>
          ) : null}
        </div>
      </header>

      {newsletters.length ? (
        <ul className="enl-cards">
          {newsletters.map((newsletter) => (
            <li key={newsletter.id} className="ed-panel enl-card">
              <div className="enl-card-head">
                <h2>
                  <Link href={`/editor/newsletters/${newsletter.id}`}>{newsletter.name}</Link>
                </h2>
                <span className={`ed-badge ${newsletter.active ? "em-badge-on" : "em-badge-off"}`}>
                  {newsletter.active ? "Active" : "Off"}
                </span>
              </div>
              <p className="enl-card-meta">
                {[newsletter.cadence, `from ${newsletter.senderName}`].filter(Boolean).join(" · ")}
              </p>
              {newsletter.description ? (
                <p className="enl-card-text">{newsletter.description}</p>
              ) : null}
              <StatusCounts newsletterId={newsletter.id} counts={newsletter.counts} />
              {mayWrite && newsletter.active ? (
                <Link
                  className="ed-button enl-card-action"
                  href={`/editor/newsletters/issues/new?newsletter=${newsletter.id}`}
                >
                  Write an issue
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="em-empty">No newsletters yet. Create the first with “New newsletter”.</p>
      )}

      {mayWrite ? (
        <section className="enl-section" aria-labelledby="recent-issues">
          <div className="enl-section-head">
            <h2 id="recent-issues">Recent issues</h2>
            <Link href="/editor/newsletters/issues">All issues</Link>
          </div>
          <IssueTable issues={issues} timeZone={settings.timezone} />
        </section>
      ) : null}
    </>
  );
}
