import { OVERRIDE_REASON_MIN } from "@/lib/articles/editing/checklist";
import { readZonedTime, zonedParts } from "@/lib/dates/zoned-time";
import type { ZonedTime } from "@/lib/dates/dto";

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

/** A time the clocks skip gets the message naming the gap; anything else asks again. */
const timeError = (result: ZonedTime & { ok: false }, ask: string) =>
  result.reason === "skipped" ? result.message : ask;

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
  const publish = readZonedTime(form.publishDate, form.publishTime, timeZone);
  const publishAt = publish.ok ? publish.instant : null;
  if (!publish.ok) errors.publishAt = timeError(publish, "Enter the date and time to publish.");
  else if (publish.instant <= now) errors.publishAt = "Choose a time in the future.";
  let unpublishAt: Date | null = null;
  if (form.unpublish) {
    const unpublish = readZonedTime(form.unpublishDate, form.unpublishTime, timeZone);
    unpublishAt = unpublish.ok ? unpublish.instant : null;
    if (!unpublish.ok) {
      errors.unpublishAt = timeError(unpublish, "Enter the date and time to unpublish.");
    } else if (publishAt && unpublish.instant <= publishAt) {
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
