/**
 * Wall-clock times in the newsroom's timezone, as `<input type="datetime-local">`
 * reads and writes them ("2026-03-01T09:30"). The editor's browser may be in
 * another zone than the newsroom, so the server does the conversion.
 */

import { instantOfWallClock, wallClock } from "@/lib/dates/wall-clock";

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, "0");

/** The instant as "YYYY-MM-DDTHH:mm" on the newsroom's clock. */
export function toZonedInputValue(instant: Date, timeZone: string): string {
  const p = wallClock(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * "YYYY-MM-DDTHH:mm" read on the newsroom's clock; null when malformed or
 * when the time does not exist there (skipped by a daylight-saving change).
 */
export function parseZonedInputValue(value: string, timeZone: string): Date | null {
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return null;
  const result = instantOfWallClock(asUtc, timeZone);
  // A time skipped by the clocks (or a 31st of February) does not round-trip.
  return toZonedInputValue(result, timeZone) === value ? result : null;
}
