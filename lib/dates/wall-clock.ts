/**
 * Conversions between instants and a timezone's wall clock, with Intl only,
 * so the browser and the server agree. Shared by reader dates, the schedule
 * form and correction times.
 */
import { dateTimeFormat } from "./formatters";

/** The zone's calendar date and clock time at `instant`. */
export function wallClock(instant: Date, timeZone: string) {
  const parts = dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** Milliseconds the zone is ahead of UTC at `instant`. */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = wallClock(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant whose wall-clock reading in the zone is `wallAsUtc` (the
 * reading's fields passed through Date.UTC). A reading skipped by a clock
 * change lands on the other side of it; callers that must refuse those
 * check the round trip.
 */
export function instantOfWallClock(wallAsUtc: number, timeZone: string): Date {
  // Guess with the offset at the UTC reading, then once more with the offset
  // at the guess, in case the two fall on either side of a clock change.
  let instant = wallAsUtc - zoneOffsetMs(new Date(wallAsUtc), timeZone);
  instant = wallAsUtc - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant);
}
