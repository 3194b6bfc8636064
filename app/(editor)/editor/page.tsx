import type { Metadata } from "next";
import Link from "next/link";
import { after } from "next/server";
import { PendingCommentsNotice } from "@/components/editor/comments/pending-comments-notice";
import { DashboardPanel } from "@/components/editor/lists/dashboard-panel";
import { NewsletterSendingNotice } from "@/components/newsletters/admin/sending-notice";
import { getDashboard, seesEveryArticle } from "@/lib/articles/editor-lists";
import { EMPTY_FILTERS, editorListHref } from "@/lib/articles/editor-list-params";
import { can, holds } from "@/lib/auth/permissions";
import { listLiveDesks } from "@/lib/liveblog/desk";
import { requireStaff } from "@/lib/auth/session";
import { nudgeScheduler } from "@/lib/scheduling/runner";
import { getSiteSettings } from "@/lib/site/settings";
import "../../styles/editor-lists.css";

export const metadata: Metadata = { title: "Dashboard" };

/** The staff home: one's own drafts, the review queue, what is due and what just went out. */
export default async function EditorDashboardPage() {
  const staff = await requireStaff("editor.enter", undefined, "/editor");
  const now = new Date();
  const [dashboard, settings, liveDesks] = await Promise.all([
    getDashboard(staff, now),
    getSiteSettings(),
    holds(staff.role, "live.write") ? listLiveDesks() : [],
  ]);
  const seesAll = seesEveryArticle(staff);
  const listOf = (status: (typeof EMPTY_FILTERS)["status"], mine = false) =>
    editorListHref({ ...EMPTY_FILTERS, status, mine });
  const { overdue } = dashboard.scheduled;
  // Seeing something overdue is a reason to look for due work now.
  if (overdue > 0) after(() => nudgeScheduler());
  const common = { now, timeZone: settings.timezone };

  return (
    <>
      <header className="ed-page-head">
        <div>
          <h1>Dashboard</h1>
          <p>
            {seesAll ? "Every article in the newsroom." : "Your own articles."} Times are{" "}
            {settings.timezone.replace(/_/g, " ")}.
          </p>
        </div>
        {can(staff.role, "article.create") ? (
          <Link href="/editor/articles/new" className="ed-button ed-button-primary edl-new">
            <span aria-hidden="true">+</span> New article
          </Link>
        ) : null}
      </header>

      {overdue > 0 ? (
        <p className="ed-error-summary edl-alert" role="alert">
          {overdue === 1 ? "1 scheduled article is" : `${overdue} scheduled articles are`} overdue:
          the time has passed but {overdue === 1 ? "it has" : "they have"} not been published. Open{" "}
          {overdue === 1 ? "it" : "each"} to publish now or choose a new time.
        </p>
      ) : null}

      {liveDesks.length ? (
        <nav className="edl-live-desks" aria-label="Live desks">
          <strong>Live now:</strong>{" "}
          {liveDesks.map((desk, index) => (
            <span key={desk.id}>
              {index ? " · " : null}
              <Link href={`/editor/live/${desk.id}`}>{desk.title}</Link>
            </span>
          ))}
        </nav>
      ) : null}

      {can(staff.role, "comment.moderate") ? <PendingCommentsNotice /> : null}
      {can(staff.role, "newsletter.send") ? <NewsletterSendingNotice /> : null}

      <div className="edl-dashboard">
        <DashboardPanel
          id="my-drafts"
          title="My drafts"
          panel={dashboard.myDrafts}
          viewAllHref={listOf("DRAFT", true)}
          empty="No drafts of yours. Start one with “New article”."
          {...common}
        />
        <DashboardPanel
          id="in-review"
          title="In review"
          panel={dashboard.inReview}
          viewAllHref={listOf("IN_REVIEW")}
          empty="Nothing is waiting for review."
          {...common}
        />
        <DashboardPanel
          id="scheduled"
          title="Scheduled"
          panel={dashboard.scheduled}
          viewAllHref={listOf("SCHEDULED")}
          empty="Nothing is scheduled."
          show="scheduled"
          {...common}
        />
        <DashboardPanel
          id="recently-published"
          title="Recently published"
          panel={dashboard.recentlyPublished}
          viewAllHref={listOf("PUBLISHED")}
          empty="Nothing has been published yet."
          show="published"
          {...common}
        />
      </div>
    </>
  );
}
