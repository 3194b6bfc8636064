/**
 * Wall-clock times typed on the newsroom's clocks (`SiteSettings.timezone`),
 * whatever zone the editor's laptop is in: the schedule dialog's date and
 * time inputs and a correction's `datetime-local` field both read through
 * here. Pure (Intl only), so the browser and the server agree.
 *
 * One policy for the two nights a year the clocks change:
 * - A time the clocks skip (02:30 when they jump from 02:00 to 03:00) is
 *   refused, with a message that names the gap. Moving it silently would
 *   publish a story an hour away from what the editor typed; an embargo
 *   lifted early is the worst mistake a newsroom can make with a clock, so
 *   the editor chooses the side of the gap instead.
 * - A time the clocks repeat (01:30 when they fall back from 02:00 to 01:00)
 *   is the first of the two, the moment the clock first reads it, so a
 *   story is never later than the editor expected; the same rule in every
 *   zone, east or west of UTC.
 */

import { wallClock, zoneOffsetMs } from "@/lib/dates/wall-clock";
import { dateTimeFormat } from "./formatters";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY = 86_400_000;
const MINUTE = 60_000;

export type ZonedTime =
  | { ok: true; instant: Date }
  /** Not a date or a time at all (a 30 February, "24:00", an empty field). */
  | { ok: false; reason: "invalid" }
  /** A time the clocks skip; `message` names the gap for the editor. */
  | { ok: false; reason: "skipped"; message: string };

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The instant of a date ("2026-11-27") and time ("09:05", or "09:05:30"
 * from a time input that shows seconds) on the zone's clocks.
 */
export function readZonedTime(date: string, time: string, timeZone: string): ZonedTime {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return { ok: false, reason: "invalid" };
  const [year, month, day, hour, minute, second] = [d[1], d[2], d[3], t[1], t[2], t[3] ?? "0"].map(
    Number,
  ) as [number, number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: "invalid" };
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) {
    return { ok: false, reason: "invalid" };
  }

  // The zone's offsets a day either side cover any clock change that night;
  // each one that reads back as the typed time is a real instant.
  const offsets = new Set(
    [wall - DAY, wall, wall + DAY].map((at) => zoneOffsetMs(new Date(at), timeZone)),
  );
  const readings = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => wallAsUtc(new Date(instant), timeZone) === wall)
    .sort((a, b) => a - b);
  if (readings.length) return { ok: true, instant: new Date(readings[0]!) };
  return { ok: false, reason: "skipped", message: skippedMessage(wall, timeZone, date, time) };
}

/** A `datetime-local` value ("2026-03-01T09:30") read on the zone's clocks. */
export function readZonedInputValue(value: string, timeZone: string): ZonedTime {
  const [date = "", time = "", ...rest] = value.split("T");
  if (rest.length || time.length !== 5) return { ok: false, reason: "invalid" };
  return readZonedTime(date, time, timeZone);
}

/** The instant as the zone's date and time, in the shape date and time inputs take. */
export function zonedParts(instant: Date, timeZone: string): { date: string; time: string } {
  const p = wallClock(instant, timeZone);
  return {
    date: `${p.year}-${pad(p.month)}-${pad(p.day)}`,
    time: `${pad(p.hour)}:${pad(p.minute)}`,
  };
}

/** The instant as a `datetime-local` value ("YYYY-MM-DDTHH:mm") on the zone's clocks. */
export function toZonedInputValue(instant: Date, timeZone: string): string {
  const { date, time } = zonedParts(instant, timeZone);
  return `${date}T${time}`;
}

/** A zone as people write it: "Europe/Kyiv", "America/New York". */
export function zoneName(timeZone: string): string {
  return timeZone.replace(/_/g, " ");
}

/** "Europe/Kyiv" as people read it, with its offset now: "Europe/Kyiv (GMT+2)". */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  const offset = dateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const name = zoneName(timeZone);
  return offset && offset !== name ? `${name} (${offset})` : name;
}

function wallAsUtc(instant: Date, timeZone: string): number {
  const p = wallClock(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/**
 * "On 2026-03-29 the clocks in Europe/Kyiv go from 03:00 straight to 04:00,
 * so 03:30 does not exist there. …": the change is found by halving the day
 * around the typed time down to the minute it happens.
 */
function skippedMessage(wall: number, timeZone: string, date: string, time: string): string {
  let before = wall - DAY - zoneOffsetMs(new Date(wall - DAY), timeZone);
  let after = wall + DAY - zoneOffsetMs(new Date(wall + DAY), timeZone);
  const offsetBefore = zoneOffsetMs(new Date(before), timeZone);
  while (after - before > MINUTE) {
    const middle = Math.floor((before + after) / 2 / MINUTE) * MINUTE;
    if (middle <= before) break;
    if (zoneOffsetMs(new Date(middle), timeZone) === offsetBefore) before = middle;
    else after = middle;
  }
  const gapStart = zonedParts(new Date(after + offsetBefore), "UTC").time;
  const gapEnd = zonedParts(new Date(after), timeZone).time;
  return `On ${date} the clocks in ${zoneName(timeZone)} go from ${gapStart} straight to ${gapEnd}, so ${time.slice(0, 5)} does not exist there. Choose a time before ${gapStart} or from ${gapEnd}.`;
}
