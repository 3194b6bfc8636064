/**
 * Wall-clock times in the newsroom's zone, for the schedule form: editors
 * type "9:00" meaning 9:00 in the newsroom, wherever their laptop is. Pure
 * (Intl only), so the browser and the server agree.
 */

import { instantOfWallClock, wallClock } from "@/lib/dates/wall-clock";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant of a date ("2026-11-27") and time ("09:05", or "09:05:30" from
 * a time input that shows seconds) on the zone's
 * clocks, or null when either is not a real date or time. A time skipped by
 * a clock change (02:30 on a spring-forward night) lands an hour later.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute, second] = [d[1], d[2], d[3], t[1], t[2], t[3] ?? "0"].map(
    Number,
  ) as [number, number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return instantOfWallClock(asUtc, timeZone);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The instant as the zone's date and time, in the shape date and time inputs take. */
export function zonedParts(instant: Date, timeZone: string): { date: string; time: string } {
  const p = wallClock(instant, timeZone);
  return {
    date: `${p.year}-${pad(p.month)}-${pad(p.day)}`,
    time: `${pad(p.hour)}:${pad(p.minute)}`,
  };
}

/** A zone as people write it: "Europe/Kyiv", "America/New York". */
export function zoneName(timeZone: string): string {
  return timeZone.replace(/_/g, " ");
}

/** "Europe/Kyiv" as people read it, with its offset now: "Europe/Kyiv (GMT+2)". */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  const offset = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const name = zoneName(timeZone);
  return offset && offset !== name ? `${name} (${offset})` : name;
}
