"use client";

import { usePathname } from "next/navigation";
import type { ArticleStatus } from "./article-labels";
import type { RestoreOffer } from "./local-copy";
import { zoneName } from "@/lib/dates/zoned-time";
import { formatSavedTime, type SaveProblem } from "./save-state";
import type { Notice } from "./use-article-draft";

const READ_ONLY_REASONS: Partial<Record<ArticleStatus, string>> = {
  IN_REVIEW:
    "It has been submitted for review. An editor can return it to draft if it needs your changes.",
  SCHEDULED: "It is scheduled for publication.",
  PUBLISHED: "It is published.",
  UNPUBLISHED: "It has been unpublished.",
};

export function ReadOnlyBanner({ status }: { status: ArticleStatus }) {
  return (
    <div className="ed-notice ae-banner">
      <p>
        <strong>You can read this article but not change it.</strong>{" "}
        {READ_ONLY_REASONS[status] ?? "Only its authors and editors can edit it."}
      </p>
    </div>
  );
}

export function RestoreBanner({
  offer,
  timeZone,
  onAnswer,
}: {
  offer: RestoreOffer;
  /** The newsroom's zone, in which the editor shows every time. */
  timeZone: string;
  onAnswer: (restore: boolean) => void;
}) {
  return (
    <section className="ed-notice ae-banner ae-banner-restore" aria-labelledby="restore-title">
      <div>
        <h2 id="restore-title">This device has changes that were never saved</h2>
        <p>
          Made {formatSavedTime(offer.copy.changedAt, new Date(), timeZone)} ({zoneName(timeZone)}).{" "}
          {offer.basedOnOlder
            ? "Someone has saved this article since: if you restore them, you will compare both versions before anything is overwritten."
            : "Restore them to carry on where you left off, or discard them to keep the saved version."}{" "}
          Editing is paused until you choose.
        </p>
      </div>
      <div className="ae-banner-actions">
        <button
          type="button"
          className="ed-button ed-button-primary"
          onClick={() => onAnswer(true)}
        >
          Restore unsaved changes from this device
        </button>
        <button type="button" className="ed-button" onClick={() => onAnswer(false)}>
          Discard
        </button>
      </div>
    </section>
  );
}

/** Why saving stopped, and what to do about it. */
export function ProblemBanner({
  problem,
  text,
  conflictOpen,
  onOpenConflict,
}: {
  problem: SaveProblem | null;
  text: string | null;
  conflictOpen: boolean;
  onOpenConflict: () => void;
}) {
  const pathname = usePathname();
  switch (problem) {
    case "signed-out":
      return (
        <div className="ed-error-summary ae-banner">
          <p>
            <strong>Your session ended — sign in in another tab, then Save.</strong> Your changes
            are kept on this device meanwhile.{" "}
            <a
              href={`/login?callbackUrl=${encodeURIComponent(pathname)}`}
              target="_blank"
              rel="noopener"
            >
              Sign in<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        </div>
      );
    case "offline":
    case "failed":
      return (
        <div className="ed-notice ae-banner">
          <p>
            <strong>
              {problem === "offline" ? "You are offline." : "The newsroom could not be reached."}
            </strong>{" "}
            Your changes are kept on this device and will be saved as soon as the connection is
            back.
          </p>
        </div>
      );
    case "forbidden":
    case "missing":
      return (
        <div className="ed-error-summary ae-banner">
          <p>
            <strong>{text}</strong> Your changes are kept on this device.
          </p>
        </div>
      );
    case "conflict":
      return conflictOpen ? null : (
        <div className="ed-error-summary ae-banner">
          <p>
            <strong>Someone else changed this article.</strong> Your changes are not saved yet;
            nothing has been lost.
          </p>
          <button type="button" className="ed-button" onClick={onOpenConflict}>
            Compare versions
          </button>
        </div>
      );
    default:
      return null;
  }
}

/** Results of workflow moves and conflict choices, read out as they appear. */
export function NoticeRegion({
  notice,
  path,
  onUndo,
  onDismiss,
}: {
  notice: Notice | null;
  path: string;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  return (
    <div aria-live="polite" className="ae-notice-region">
      {notice ? (
        <div className="ed-notice ae-banner ae-banner-notice" data-kind={notice.kind}>
          <p>
            {notice.transition === "publish" ? (
              <>
                <strong>Published</strong> —{" "}
                <a href={path} target="_blank" rel="noopener">
                  View on site<span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </>
            ) : (
              notice.text
            )}
          </p>
          <div className="ae-banner-actions">
            {notice.undo ? (
              <button type="button" className="ed-button" onClick={onUndo}>
                Undo<span className="visually-hidden"> and bring my version back</span>
              </button>
            ) : null}
            <button
              type="button"
              className="ed-button ed-button-quiet"
              onClick={onDismiss}
              aria-label="Dismiss message"
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
