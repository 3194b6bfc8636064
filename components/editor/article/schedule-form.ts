import { OVERRIDE_REASON_MIN } from "@/lib/articles/editing/checklist";
import { zonedInstant, zonedParts } from "@/lib/scheduling/zone-time";

/** What the schedule dialog holds: wall-clock dates and times in the newsroom's zone. */
export interface ScheduleForm {
  publishDate: string;
  publishTime: string;
  /** Also take it off the site at a later time. */
  unpublish: boolean;
  unpublishDate: string;
  unpublishTime: string;
  /** An admin's reason for scheduling past the checklist. */
  reason: string;
}

export type ScheduleRequest = {
  publishAt: string;
  unpublishAt: string | null;
  overrideReason?: string;
};

const HOUR = 3_600_000;

/**
 * The form as it opens: the article's current schedule, or the next whole
 * hour that is at least a few minutes away, on the newsroom's clocks.
 */
export function initialScheduleForm(
  dates: { scheduledAt: string | null; unpublishAt: string | null },
  timeZone: string,
  now: Date,
): ScheduleForm {
  const publish = dates.scheduledAt
    ? new Date(dates.scheduledAt)
    : new Date(Math.ceil((now.getTime() + 5 * 60_000) / HOUR) * HOUR);
  const publishParts = zonedParts(publish, timeZone);
  const unpublishParts = zonedParts(
    dates.unpublishAt ? new Date(dates.unpublishAt) : new Date(publish.getTime() + 24 * HOUR),
    timeZone,
  );
  return {
    publishDate: publishParts.date,
    publishTime: publishParts.time,
    unpublish: dates.unpublishAt !== null,
    unpublishDate: unpublishParts.date,
    unpublishTime: unpublishParts.time,
    reason: "",
  };
}

/**
 * Checks the form as the server will (a time in the future, a take-down
 * after the publication, a reason long enough) and turns the zone's
 * wall-clock times into instants. The server checks again.
 */
export function readScheduleForm(
  form: ScheduleForm,
  timeZone: string,
  now: Date,
  needsReason: boolean,
): { ok: true; request: ScheduleRequest } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const publishAt = zonedInstant(form.publishDate, form.publishTime, timeZone);
  if (!publishAt) errors.publishAt = "Enter the date and time to publish.";
  else if (publishAt <= now) errors.publishAt = "Choose a time in the future.";
  let unpublishAt: Date | null = null;
  if (form.unpublish) {
    unpublishAt = zonedInstant(form.unpublishDate, form.unpublishTime, timeZone);
    if (!unpublishAt) errors.unpublishAt = "Enter the date and time to unpublish.";
    else if (publishAt && unpublishAt <= publishAt) {
      errors.unpublishAt = "The unpublish time must be after the publish time.";
    }
  }
  const reason = form.reason.trim();
  if (needsReason && reason.length < OVERRIDE_REASON_MIN) {
    errors.overrideReason = `Say why in at least ${OVERRIDE_REASON_MIN} characters; the reason is kept in the audit log.`;
  }
  if (Object.keys(errors).length || !publishAt) return { ok: false, errors };
  return {
    ok: true,
    request: {
      publishAt: publishAt.toISOString(),
      unpublishAt: unpublishAt?.toISOString() ?? null,
      ...(needsReason ? { overrideReason: reason } : {}),
    },
  };
}
