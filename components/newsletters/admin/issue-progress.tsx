import type { IssueProgressDto } from "@/lib/newsletters/issues/dto";
import { ProgressPoller } from "./progress-poller";

const percent = (part: number, total: number) => (total ? (part / total) * 100 : 0);

/**
 * Sent / failed / skipped / remaining, as numbers and as a bar. While work
 * remains it refreshes itself: by polling with JavaScript, by a meta refresh
 * without it, and there is always a plain reload link.
 */
export function IssueProgress({
  progress,
  live,
  reloadHref,
}: {
  progress: IssueProgressDto;
  /** Work remains: keep refreshing. */
  live: boolean;
  reloadHref: string;
}) {
  const delivered = progress.sent + progress.kept;
  const remaining = progress.pending + progress.queued;
  const segments = [
    ["sent", delivered],
    ["queued", progress.queued],
    ["failed", progress.failed],
    ["skipped", progress.skipped],
  ] as const;
  return (
    <div className="enl-progress">
      {live ? (
        <>
          <noscript>
            <meta httpEquiv="refresh" content="5" />
          </noscript>
          <ProgressPoller />
        </>
      ) : null}
      <div className="enl-bar" aria-hidden="true">
        {segments.map(([kind, value]) =>
          value ? (
            <span
              key={kind}
              data-kind={kind}
              style={{ width: `${percent(value, progress.total)}%` }}
            />
          ) : null,
        )}
      </div>
      <dl className="enl-progress-counts">
        <div data-kind="sent">
          <dt>Sent</dt>
          <dd>{delivered.toLocaleString("en")}</dd>
        </div>
        <div data-kind="failed">
          <dt>Failed</dt>
          <dd>{progress.failed.toLocaleString("en")}</dd>
        </div>
        <div data-kind="skipped">
          <dt>Skipped</dt>
          <dd>{progress.skipped.toLocaleString("en")}</dd>
        </div>
        <div data-kind="remaining">
          <dt>Remaining</dt>
          <dd>{remaining.toLocaleString("en")}</dd>
        </div>
      </dl>
      <p className="ed-hint">
        {progress.total.toLocaleString("en")} recipients.{" "}
        {progress.kept
          ? `${progress.kept.toLocaleString("en")} kept in the outbox: no mail server is configured. `
          : ""}
        {progress.queued
          ? `${progress.queued.toLocaleString("en")} waiting in the outbox for the mail server. `
          : ""}
        {live ? (
          <>
            This page refreshes by itself. <a href={reloadHref}>Reload now</a>
          </>
        ) : null}
      </p>
    </div>
  );
}
