"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { zoneName } from "@/lib/dates/zoned-time";
import { HistoryLink } from "../revisions/history-link";
import { STATUS_LABELS, type ArticleStatus } from "./article-labels";
import { formatSavedTime, saveStateText, type SaveProblem } from "./save-state";
import { BLOCKED_NOTE_ID } from "./schedule-controls";
import type { TransitionName, WorkflowButton } from "./workflow-buttons";

/**
 * The bar above the editor: where the article stands, and what can be done to
 * it. Its times are on the newsroom's clocks, and the zone is named once,
 * after the first time shown.
 *
 * The article editor's links are not prefetched: Next prefetches every link
 * on screen again after each save, and autosave saves often.
 */
export function ActionBar({
  status,
  dates,
  timeZone,
  save,
  previewHref,
  onPreview,
  onSave,
  saveDisabled,
  buttons,
  busy,
  onTransition,
  substantive,
  statusNote,
  scheduling,
}: {
  status: ArticleStatus;
  dates: { publishedAt: string | null; scheduledAt: string | null };
  /** The newsroom's zone (SiteSettings.timezone). */
  timeZone: string;
  save: {
    saving: boolean;
    dirty: boolean;
    problem: SaveProblem | null;
    savedAt: string | null;
    readOnly: boolean;
  };
  previewHref: string | null;
  onPreview: (event: MouseEvent<HTMLAnchorElement>) => void;
  onSave: (() => void) | null;
  saveDisabled: boolean;
  buttons: WorkflowButton[];
  busy: TransitionName | null;
  onTransition: (button: WorkflowButton) => void;
  /** Said instead of the status date: a schedule, which names the zone itself. */
  statusNote?: ReactNode;
  /** Schedule… and what holds publishing back (schedule-controls.tsx). */
  scheduling?: ReactNode;
  /** "This is a substantive update", offered when saving a published article. */
  substantive?: { checked: boolean; onChange: (checked: boolean) => void } | null;
}) {
  const now = useNow();
  const barRef = useBarHeight();
  const zone = zoneName(timeZone);
  const hasStatusDate =
    statusNote != null ||
    (status === "SCHEDULED" && dates.scheduledAt !== null) ||
    (status === "PUBLISHED" && dates.publishedAt !== null);
  const saveText = saveStateText(save, now, timeZone);
  const state = save.readOnly
    ? "read-only"
    : save.saving
      ? "saving"
      : save.problem
        ? "problem"
        : save.dirty
          ? "dirty"
          : "saved";

  return (
    <div className="ae-bar" ref={barRef}>
      <div className="ae-bar-start">
        <Link href="/editor/articles" className="ae-back" prefetch={false}>
          <span aria-hidden="true">←</span> Articles
        </Link>
        <span className="ed-badge" data-status={status}>
          {STATUS_LABELS[status]}
        </span>
        {statusNote ?? (
          <StatusDate status={status} dates={dates} now={now} timeZone={timeZone} zone={zone} />
        )}
        <span
          className="ae-save-state"
          role="status"
          data-testid="save-state"
          data-state={state}
          // "Today" may differ between the server's render and the browser's.
          suppressHydrationWarning
        >
          {saveText}
        </span>
        {!hasStatusDate && /\d/.test(saveText) ? <span className="ae-zone">({zone})</span> : null}
        {status === "PUBLISHED" && !save.readOnly && !substantive ? (
          <span className="ae-live-hint">Live: saving updates the site</span>
        ) : null}
      </div>
      <div className="ae-bar-end">
        <a href="#article-settings" className="ed-button ed-button-quiet ae-settings-link">
          Settings
        </a>
        <HistoryLink className="ed-button ed-button-quiet" />
        {previewHref ? (
          <a
            href={previewHref}
            target="_blank"
            rel="noopener"
            className="ed-button ed-button-quiet"
            onClick={onPreview}
          >
            Preview<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : null}
        {onSave && substantive ? (
          <div className="ae-substantive">
            <label title="Shows readers and search engines “Updated”; leave off for typo fixes">
              <input
                type="checkbox"
                checked={substantive.checked}
                disabled={saveDisabled}
                aria-describedby="ae-substantive-hint"
                onChange={(event) => substantive.onChange(event.target.checked)}
              />
              Substantive update
            </label>
            {/* Also says what the bar's "live" hint said, which this replaces. */}
            <span id="ae-substantive-hint" className="ae-substantive-hint">
              Live on save; tick to show “Updated”
            </span>
          </div>
        ) : null}
        {onSave ? (
          <button
            type="button"
            className="ed-button"
            onClick={onSave}
            disabled={saveDisabled}
            aria-keyshortcuts="Control+S Meta+S"
            title="Save (Ctrl+S / ⌘S)"
          >
            Save
          </button>
        ) : null}
        {scheduling}
        {buttons.map((button) => (
          <button
            key={button.name}
            type="button"
            className={`ed-button${button.tone === "accent" ? " ed-button-accent" : button.tone === "danger" ? " ed-button-danger" : ""}`}
            disabled={busy !== null || saveDisabled}
            // Blocked stays usable: it says why it waits and leads to the checklist.
            aria-describedby={button.blocked ? BLOCKED_NOTE_ID : undefined}
            data-blocked={button.blocked ? "" : undefined}
            onClick={() => onTransition(button)}
          >
            {busy === button.name ? button.busyLabel : button.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** When a scheduled article goes out, or since when a published one is up. */
function StatusDate({
  status,
  dates,
  now,
  timeZone,
  zone,
}: {
  status: ArticleStatus;
  dates: { publishedAt: string | null; scheduledAt: string | null };
  now: Date;
  timeZone: string;
  zone: string;
}) {
  const at =
    status === "SCHEDULED" ? dates.scheduledAt : status === "PUBLISHED" ? dates.publishedAt : null;
  if (!at) return null;
  return (
    <span className="ae-status-date" suppressHydrationWarning>
      {status === "SCHEDULED" ? "for" : "since"}{" "}
      <time dateTime={at}>{formatSavedTime(at, now, timeZone)}</time> ({zone})
    </span>
  );
}

/**
 * The bar's height, measured into --ae-bar-height on the page: the body
 * toolbar and the sidebar stick below the bar, which wraps to more rows on
 * narrow screens and when more buttons apply.
 */
function useBarHeight() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty("--ae-bar-height", `${bar.offsetHeight}px`);
    });
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--ae-bar-height");
    };
  }, []);
  return ref;
}

/** The current time, refreshed each minute so "Saved 12:04" gains a date after midnight. */
function useNow() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
