import { EDITION_INFO, type Edition } from "@/lib/i18n/editions";
import { dateTimeFormat } from "./formatters";
import { instantOfWallClock } from "./wall-clock";

/**
 * Dates for readers, always in the newsroom's timezone, in the house style
 * "Nov. 27, 2026 9:05 AM" (AP-style month abbreviations).
 */
export const AP_MONTHS = [
  "Jan.",
  "Feb.",
  "March",
  "April",
  "May",
  "June",
  "July",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
];

function parts(date: Date, timeZone: string) {
  const formatted = dateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    hour12: true,
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    formatted.find((p) => p.type === type)?.value ?? "";
  return {
    year: get("year"),
    month: Number(get("month")),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    dayPeriod: get("dayPeriod").toUpperCase(),
  };
}

/**
 * Other editions write dates as their language does, through Intl
 * ("7 грудня 2026 р.", 24-hour clock); English keeps the house style.
 */
function localFormat(
  edition: Edition,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return dateTimeFormat(EDITION_INFO[edition].locale, { timeZone, ...options });
}

const LONG_DATE = { day: "numeric", month: "long", year: "numeric" } as const;
const CLOCK = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

export function formatDate(date: Date, timeZone: string, edition: Edition = "en"): string {
  if (edition !== "en") return localFormat(edition, timeZone, LONG_DATE).format(date);
  const p = parts(date, timeZone);
  return `${AP_MONTHS[p.month - 1]} ${p.day}, ${p.year}`;
}

export function formatDateTime(date: Date, timeZone: string, edition: Edition = "en"): string {
  if (edition !== "en") {
    return localFormat(edition, timeZone, { ...LONG_DATE, ...CLOCK }).format(date);
  }
  const p = parts(date, timeZone);
  return `${AP_MONTHS[p.month - 1]} ${p.day}, ${p.year} ${p.hour}:${p.minute} ${p.dayPeriod}`;
}

export function formatTime(date: Date, timeZone: string, edition: Edition = "en"): string {
  if (edition !== "en") return localFormat(edition, timeZone, CLOCK).format(date);
  const p = parts(date, timeZone);
  return `${p.hour}:${p.minute} ${p.dayPeriod}`;
}

/**
 * A time close to `now` as briefly as is unambiguous, on the newsroom's
 * clocks: "9:05 AM" today, "Nov. 27, 9:05 AM" this year, the full date and
 * time otherwise. For the staff screens' "Saved …" and "since …".
 */
export function formatNearDateTime(date: Date, now: Date, timeZone: string): string {
  const at = parts(date, timeZone);
  const today = parts(now, timeZone);
  const time = `${at.hour}:${at.minute} ${at.dayPeriod}`;
  if (at.year !== today.year) return formatDateTime(date, timeZone);
  if (at.month !== today.month || at.day !== today.day) {
    return `${AP_MONTHS[at.month - 1]} ${at.day}, ${time}`;
  }
  return time;
}

/** The instant a calendar day ("2026-11-27") begins in the newsroom's zone. */
export function startOfDayInZone(day: string, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return instantOfWallClock(Date.UTC(year, month - 1, date), timeZone);
}

/**
 * The days a list of stories spans, in house style and the newsroom's zone:
 * "March 9, 2026", "March 2–9, 2026", "Feb. 28 – March 9, 2026",
 * "Dec. 28, 2025 – Jan. 3, 2026". Either end may come first.
 */
export function formatDateRange(a: Date, b: Date, timeZone: string): string {
  const [from, to] =
    a <= b ? [parts(a, timeZone), parts(b, timeZone)] : [parts(b, timeZone), parts(a, timeZone)];
  const month = (p: typeof from) => AP_MONTHS[p.month - 1];
  if (from.year !== to.year) {
    return `${month(from)} ${from.day}, ${from.year} – ${month(to)} ${to.day}, ${to.year}`;
  }
  if (from.month !== to.month) {
    return `${month(from)} ${from.day} – ${month(to)} ${to.day}, ${to.year}`;
  }
  if (from.day !== to.day) return `${month(from)} ${from.day}–${to.day}, ${to.year}`;
  return `${month(to)} ${to.day}, ${to.year}`;
}
