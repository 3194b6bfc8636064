"use client";

import { useId, useState, type FormEvent } from "react";
import type { ChecklistItem } from "@/lib/articles/editing/dto";
import { OVERRIDE_REASON_MIN } from "@/lib/articles/editing/checklist";
import type { ArticleStatus } from "./article-labels";
import { focusChecklist } from "./checklist-panel";
import { ModalDialog } from "./modal-dialog";
import { OverrideReason, ScheduleDialog } from "./schedule-dialog";
import type { ScheduleRequest } from "./schedule-form";
import type { TransitionName } from "./workflow-buttons";

/** Describes a blocked Publish or Schedule button: why it waits. */
export const BLOCKED_NOTE_ID = "ae-blocked-note";

const SCHEDULABLE: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"];

/** "Not ready: 3 checklist items", short enough for the bar; the panel says which. */
export function blockedReason(failing: ChecklistItem[]): string | null {
  if (!failing.length) return null;
  return `Not ready: ${failing.length} checklist ${failing.length === 1 ? "item" : "items"}`;
}

/**
 * The bar's scheduling controls: "Schedule…" (or "Reschedule…"), what holds
 * publishing back while the checklist fails, and an admin's "Publish
 * anyway…", which asks for a reason.
 */
export function ScheduleControls({
  status,
  may,
  timeZone,
  dates,
  failing,
  busy,
  disabled,
  errors,
  onSchedule,
  onPublishAnyway,
}: {
  status: ArticleStatus;
  may: { schedule: boolean; publish: boolean; unpublish: boolean; override: boolean };
  timeZone: string;
  dates: { scheduledAt: string | null; unpublishAt: string | null };
  failing: ChecklistItem[];
  busy: TransitionName | null;
  disabled: boolean;
  /** The editor's field errors: those of the last schedule attempt show in the dialog. */
  errors: Record<string, string>;
  onSchedule: (request: ScheduleRequest) => Promise<boolean>;
  onPublishAnyway: (reason: string) => Promise<boolean>;
}) {
  const [open, setOpen] = useState<"schedule" | "publish" | null>(null);
  const blocked = blockedReason(failing);
  // A headline cannot be waived (lib/articles/editing/readiness.ts).
  const overridable = may.override && failing.every((item) => item.overridable);
  const summary = failing.map((item) => item.message ?? item.label).join(" ");
  const canSchedule = may.schedule && SCHEDULABLE.includes(status);
  const canPublish = may.publish && status !== "PUBLISHED";
  if (!canSchedule && !canPublish) return null;

  return (
    <>
      {blocked ? (
        <button
          type="button"
          id={BLOCKED_NOTE_ID}
          className="ae-blocked-note"
          onClick={focusChecklist}
        >
          {blocked}
        </button>
      ) : null}
      {canPublish && blocked && overridable ? (
        <button
          type="button"
          className="ed-button"
          disabled={busy !== null || disabled}
          onClick={() => setOpen("publish")}
        >
          Publish anyway…
        </button>
      ) : null}
      {canSchedule ? (
        <button
          type="button"
          className="ed-button"
          aria-describedby={blocked ? BLOCKED_NOTE_ID : undefined}
          data-blocked={blocked && !overridable ? "" : undefined}
          disabled={busy !== null || disabled}
          onClick={() => (blocked && !overridable ? focusChecklist() : setOpen("schedule"))}
        >
          {busy === "schedule"
            ? "Scheduling…"
            : status === "SCHEDULED"
              ? "Reschedule…"
              : "Schedule…"}
        </button>
      ) : null}
      <ScheduleDialog
        open={open === "schedule"}
        timeZone={timeZone}
        dates={status === "SCHEDULED" ? dates : { scheduledAt: null, unpublishAt: null }}
        canUnpublish={may.unpublish}
        overriding={blocked ? summary : null}
        serverErrors={pick(errors, ["publishAt", "unpublishAt", "overrideReason"])}
        busy={busy === "schedule"}
        onSchedule={onSchedule}
        onClose={() => setOpen(null)}
      />
      <PublishAnywayDialog
        open={open === "publish"}
        failing={summary}
        serverError={errors.overrideReason}
        busy={busy === "publish"}
        onPublish={onPublishAnyway}
        onClose={() => setOpen(null)}
      />
    </>
  );
}

function pick(errors: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => keys.includes(key)));
}

function PublishAnywayDialog({
  open,
  failing,
  serverError,
  busy,
  onPublish,
  onClose,
}: {
  open: boolean;
  failing: string;
  serverError?: string;
  busy: boolean;
  onPublish: (reason: string) => Promise<boolean>;
  onClose: () => void;
}) {
  return (
    <ModalDialog open={open} title="Publish anyway?" onClose={onClose} closeLabel="Cancel">
      <PublishAnywayForm
        failing={failing}
        serverError={serverError}
        busy={busy}
        onPublish={onPublish}
        onClose={onClose}
      />
    </ModalDialog>
  );
}

function PublishAnywayForm({
  failing,
  serverError,
  busy,
  onPublish,
  onClose,
}: Omit<Parameters<typeof PublishAnywayDialog>[0], "open">) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < OVERRIDE_REASON_MIN) {
      setError(
        `Say why in at least ${OVERRIDE_REASON_MIN} characters; the reason is kept in the audit log.`,
      );
      return;
    }
    setSent(true);
    if (await onPublish(reason.trim())) onClose();
  }

  return (
    <form className="ae-schedule-form" onSubmit={submit} noValidate>
      <OverrideReason
        id={`${id}-reason`}
        failing={failing}
        action="publish"
        value={reason}
        error={error ?? (sent ? serverError : undefined)}
        onChange={(value) => {
          setReason(value);
          setError(null);
        }}
      />
      <div className="ae-dialog-actions">
        <button type="button" className="ed-button" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button type="submit" className="ed-button ed-button-accent" disabled={busy}>
          {busy ? "Publishing…" : "Publish anyway"}
        </button>
      </div>
    </form>
  );
}
