import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmAction } from "@/components/editor/manage/confirm-action";
import { ManageBreadcrumb } from "@/components/editor/manage/manage-breadcrumb";
import { DeliveryTable } from "@/components/newsletters/admin/delivery-table";
import { FilteredPageLinks } from "@/components/editor/manage/page-links";
import { IssueForm } from "@/components/newsletters/admin/issue-form";
import { IssuePreview } from "@/components/newsletters/admin/issue-preview";
import { IssueProgress } from "@/components/newsletters/admin/issue-progress";
import { IssueSendPanel } from "@/components/newsletters/admin/issue-send-panel";
import { IssueStatusBadge } from "@/components/newsletters/admin/issue-status";
import { requireStaff } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/format";
import { cancelIssueSendAction } from "@/lib/newsletters/issues/actions";
import { issueArticleChoices } from "@/lib/newsletters/issues/article-search";
import { readDeliveryParams } from "@/lib/newsletters/issues/delivery-params";
import {
  confirmedSubscriberCount,
  getIssue,
  getIssueProgress,
  listDeliveries,
} from "@/lib/newsletters/issues/queries";
import { nudgeIssueSending } from "@/lib/newsletters/issues/task";
import { previewIssue } from "@/lib/newsletters/issues/test-send";
import { getSiteSettings } from "@/lib/site/settings";
import "../../../../../styles/editor-manage.css";
import "../../../../../styles/editor-newsletters.css";

export const metadata: Metadata = { title: "Newsletter issue" };

export default async function IssuePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const base = `/editor/newsletters/issues/${id}`;
  const staff = await requireStaff("newsletter.send", undefined, base);
  const [issue, preview, settings] = await Promise.all([
    getIssue(id),
    previewIssue(id),
    getSiteSettings(),
  ]);
  if (!issue || !preview) notFound();
  const timeZone = settings.timezone;

  const head = (
    <>
      <ManageBreadcrumb parent={{ href: "/editor/newsletters/issues", label: "Issues" }} />
      <header className="ed-page-head">
        <div>
          <h1>{issue.subject}</h1>
          <p>
            <IssueStatusBadge status={issue.status} /> {issue.newsletter.name} · written by{" "}
            {issue.createdBy}
            {issue.sentAt
              ? ` · sent ${formatDateTime(issue.sentAt, timeZone)}`
              : issue.sendStartedAt
                ? ` · started ${formatDateTime(issue.sendStartedAt, timeZone)}`
                : ""}
          </p>
        </div>
      </header>
    </>
  );
  const previewPanel = (
    <section className="ed-panel enl-preview-panel" aria-labelledby="issue-preview">
      <h2 id="issue-preview">{issue.status === "DRAFT" ? "Preview" : "The email"}</h2>
      <IssuePreview subject={preview.subject} html={preview.html} text={preview.text} />
    </section>
  );

  if (issue.status === "DRAFT") {
    const [articles, recipients] = await Promise.all([
      issueArticleChoices(issue.articleIds),
      confirmedSubscriberCount(issue.newsletter.id),
    ]);
    const dropped = issue.articleIds.length - articles.length;
    return (
      <>
        {head}
        {dropped > 0 ? (
          <p className="ed-error-summary em-page-notice" role="alert">
            {dropped === 1 ? "One chosen article is" : `${dropped} chosen articles are`} no longer
            published and {dropped === 1 ? "was" : "were"} left out. Save the draft to confirm.
          </p>
        ) : null}
        <div className="em-layout">
          <section className="ed-panel" aria-labelledby="issue-content">
            <h2 id="issue-content">Content</h2>
            <IssueForm
              id={issue.id}
              initial={{ subject: issue.subject, intro: issue.intro, articles }}
              timeZone={timeZone}
            />
          </section>
          <aside className="em-aside">
            <section className="ed-panel" aria-labelledby="issue-send">
              <h2 id="issue-send">Send</h2>
              <IssueSendPanel
                issueId={issue.id}
                subject={issue.subject}
                newsletterName={issue.newsletter.name}
                newsletterActive={issue.newsletter.active}
                recipients={recipients}
                staffEmail={staff.email}
              />
            </section>
          </aside>
        </div>
        {previewPanel}
      </>
    );
  }

  const filters = readDeliveryParams(await searchParams);
  const [progress, deliveries] = await Promise.all([
    getIssueProgress(id),
    listDeliveries(id, { ...filters, query: "" }),
  ]);
  const live = issue.status === "SENDING" || progress.queued > 0;
  // Someone is watching: send the next batches now rather than on the next tick.
  if (live) nudgeIssueSending();
  const hrefFor = (status: string, page = 1) => {
    const query = new URLSearchParams();
    if (status) query.set("status", status);
    if (page > 1) query.set("page", String(page));
    const search = query.toString();
    return search ? `${base}?${search}#recipients` : `${base}#recipients`;
  };

  return (
    <>
      {head}
      <section className="ed-panel enl-section" aria-labelledby="issue-progress">
        <h2 id="issue-progress">Progress</h2>
        <IssueProgress progress={progress} live={live} reloadHref={hrefFor(filters.status)} />
        {issue.status === "SENDING" ? (
          <ConfirmAction
            action={cancelIssueSendAction}
            input={{ id: issue.id }}
            label="Stop sending…"
            confirmLabel="Stop now"
            danger
            question={
              <p>
                Stop sending? The {(progress.pending || 0).toLocaleString("en")} recipients not yet
                handed to the outbox will not get this issue. Copies already in the outbox still go
                out.
              </p>
            }
          />
        ) : null}
      </section>
      <section className="enl-section" aria-labelledby="recipients" id="recipients">
        <div className="enl-section-head">
          <h2 id="recipients">Recipients</h2>
        </div>
        <DeliveryTable
          rows={deliveries.rows}
          status={filters.status}
          hrefFor={(status) => hrefFor(status)}
          timeZone={timeZone}
        />
        <FilteredPageLinks
          href={(page) => hrefFor(filters.status, page)}
          page={deliveries.page}
          pageCount={deliveries.pageCount}
          label="Recipient pages"
        />
      </section>
      {previewPanel}
    </>
  );
}
