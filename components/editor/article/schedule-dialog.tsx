"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import { zoneLabel } from "@/lib/dates/zoned-time";
import { ModalDialog } from "./modal-dialog";
import {
  initialScheduleForm,
  readScheduleForm,
  type ScheduleForm,
  type ScheduleRequest,
} from "./schedule-form";

type Errors = Record<string, string>;

/**
 * "Schedule…": when the article goes out (and, optionally, comes down), typed
 * on the newsroom's clocks whatever the laptop's zone. An admin scheduling
 * past the checklist gives a reason. Errors from the server (a time that
 * passed while the dialog was open) appear beside the fields.
 */
export function ScheduleDialog({
  open,
  timeZone,
  dates,
  canUnpublish,
  overriding,
  serverErrors,
  busy,
  onSchedule,
  onClose,
}: {
  open: boolean;
  timeZone: string;
  dates: { scheduledAt: string | null; unpublishAt: string | null };
  /** May also plan the take-down (`article.unpublish`). */
  canUnpublish: boolean;
  /** Failing checklist items an admin is scheduling past, or null. */
  overriding: string | null;
  serverErrors: Errors;
  busy: boolean;
  onSchedule: (request: ScheduleRequest) => Promise<boolean>;
  onClose: () => void;
}) {
  return (
    <ModalDialog
      open={open}
      title={dates.scheduledAt ? "Change the schedule" : "Schedule publication"}
      onClose={onClose}
      className="ae-schedule-dialog"
      closeLabel="Cancel"
    >
      {/* Rendered only while open, so each opening starts from the saved schedule. */}
      <ScheduleFields
        timeZone={timeZone}
        dates={dates}
        canUnpublish={canUnpublish}
        overriding={overriding}
        serverErrors={serverErrors}
        busy={busy}
        onSchedule={onSchedule}
        onClose={onClose}
      />
    </ModalDialog>
  );
}

function ScheduleFields({
  timeZone,
  dates,
  canUnpublish,
  overriding,
  serverErrors,
  busy,
  onSchedule,
  onClose,
}: Omit<Parameters<typeof ScheduleDialog>[0], "open">) {
  const id = useId();
  const [form, setForm] = useState<ScheduleForm>(() =>
    initialScheduleForm(dates, timeZone, new Date()),
  );
  const [errors, setErrors] = useState<Errors>({});
  // The server's answer to this opening's attempt, not to an earlier one.
  const [sent, setSent] = useState(false);
  const zone = timeZone.replace(/_/g, " ");
  const shown = sent ? { ...serverErrors, ...errors } : errors;
  const set = (patch: Partial<ScheduleForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setErrors({});
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const read = readScheduleForm(form, timeZone, new Date(), overriding !== null);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    setSent(true);
    if (await onSchedule(read.request)) onClose();
  }

  return (
    <form className="ae-schedule-form" onSubmit={submit} noValidate>
      <p className="ae-schedule-zone">
        Times are the newsroom&apos;s: <strong>{zoneLabel(timeZone)}</strong>.
      </p>
      <fieldset className="ed-fieldset">
        <legend>When it goes out</legend>
        <DateTime
          id={`${id}-publish`}
          date={form.publishDate}
          time={form.publishTime}
          zone={zone}
          error={shown.publishAt}
          onDate={(publishDate) => set({ publishDate })}
          onTime={(publishTime) => set({ publishTime })}
          autofocus
        />
      </fieldset>
      {canUnpublish ? (
        <fieldset className="ed-fieldset">
          <legend>Take it down later (optional)</legend>
          <label className="ed-check">
            <input
              type="checkbox"
              checked={form.unpublish}
              onChange={(event) => set({ unpublish: event.target.checked })}
            />
            Unpublish at a set time
          </label>
          {form.unpublish ? (
            <DateTime
              id={`${id}-unpublish`}
              date={form.unpublishDate}
              time={form.unpublishTime}
              zone={zone}
              label="Unpublish"
              error={shown.unpublishAt}
              onDate={(unpublishDate) => set({ unpublishDate })}
              onTime={(unpublishTime) => set({ unpublishTime })}
            />
          ) : null}
        </fieldset>
      ) : null}
      {overriding !== null ? (
        <OverrideReason
          id={`${id}-reason`}
          failing={overriding}
          action="schedule"
          value={form.reason}
          error={shown.overrideReason}
          onChange={(reason) => set({ reason })}
        />
      ) : null}
      {shown.form ? <p className="ed-field-error">{shown.form}</p> : null}
      <p className="ed-hint ae-schedule-hint">
        It goes out by itself at that time, even if nobody is signed in. The checklist is checked
        again then: if the article has been edited so that it fails, it stays scheduled and the
        dashboard shows it as overdue.
      </p>
      <div className="ae-dialog-actions">
        <button type="button" className="ed-button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="ed-button ed-button-accent" disabled={busy}>
          {busy ? "Scheduling…" : overriding !== null ? "Schedule anyway" : "Schedule"}
        </button>
      </div>
    </form>
  );
}

function DateTime({
  id,
  date,
  time,
  zone,
  label = "Publish",
  error,
  onDate,
  onTime,
  autofocus = false,
}: {
  id: string;
  date: string;
  time: string;
  zone: string;
  label?: string;
  error?: string;
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  autofocus?: boolean;
}) {
  const errorId = `${id}-error`;
  const control = {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? errorId : undefined,
  } as const;
  return (
    <div className="ae-schedule-when">
      <div className="ed-field">
        <label htmlFor={`${id}-date`}>
          {label} date <span className="ed-muted">({zone})</span>
        </label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          required
          onChange={(event) => onDate(event.target.value)}
          data-autofocus={autofocus || undefined}
          {...control}
        />
      </div>
      <div className="ed-field">
        <label htmlFor={`${id}-time`}>
          {label} time <span className="ed-muted">({zone})</span>
        </label>
        <input
          id={`${id}-time`}
          type="time"
          value={time}
          required
          onChange={(event) => onTime(event.target.value)}
          {...control}
        />
      </div>
      {error ? (
        <span id={errorId} className="ed-field-error ae-schedule-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** An admin's reason for going past the checklist, kept in the audit log. */
export function OverrideReason({
  id,
  failing,
  action,
  value,
  error,
  onChange,
}: {
  id: string;
  failing: string;
  action: "publish" | "schedule";
  value: string;
  error?: string;
  onChange: (value: string) => void;
}): ReactNode {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="ed-field ae-override">
      <p className="ed-notice ae-override-note" id={hintId}>
        <strong>The checklist is not complete:</strong> {failing} As an admin you may {action}{" "}
        anyway; your reason is kept in the audit log.
      </p>
      <label htmlFor={id}>Reason for going ahead</label>
      <textarea
        id={id}
        rows={3}
        value={value}
        maxLength={500}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <span id={errorId} className="ed-field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
