import { AP_MONTHS as MONTHS_AP } from "../../dates/format.ts";
/**
 * Publication times. Articles are spread back from `now` over
 * max(60, ceil(count / 40)) days, index 0 newest, more of them in the
 * newsroom's daytime (Kyiv time) than at night.
 */

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** Relative publishing activity for each hour of the day in Kyiv. */
const HOURLY_WEIGHTS = [
  0.25, 0.18, 0.14, 0.12, 0.15, 0.3, 0.65, 1.05, 1.4, 1.55, 1.55, 1.5, 1.45, 1.45, 1.5, 1.5, 1.45,
  1.35, 1.25, 1.15, 1.0, 0.8, 0.55, 0.38,
];
const CUMULATIVE: number[] = [];
let total = 0;
for (const weight of HOURLY_WEIGHTS) {
  CUMULATIVE.push(total);
  total += weight;
}
const DAY_WEIGHT = total;

function weightAt(hour: number): number {
  return HOURLY_WEIGHTS[hour] ?? 1;
}

function cumulativeAt(hour: number): number {
  return CUMULATIVE[hour] ?? 0;
}

export function spanDays(count: number): number {
  return Math.max(60, Math.ceil(count / 40));
}

function lastSundayUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0, 1); // 01:00 UTC on the month's last day
  const weekday = new Date(lastDay).getUTCDay();
  return lastDay - weekday * DAY;
}

/** Kyiv's offset from UTC in minutes (EET/EEST, EU summer-time rules). */
export function kyivOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const summerStart = lastSundayUtc(year, 2);
  const summerEnd = lastSundayUtc(year, 9);
  return utcMs >= summerStart && utcMs < summerEnd ? 180 : 120;
}

/**
 * The publication time for position `fraction` in (0, 1) of the span, where
 * 0 is now and 1 is the start of the span. Monotonic: a larger fraction is
 * never later.
 */
export function publicationTime(nowMs: number, count: number, fraction: number): number {
  const offset = kyivOffsetMinutes(nowMs) * MINUTE;
  const localNow = nowMs + offset;
  const nowDay = Math.floor(localNow / DAY);
  const nowHours = (localNow - nowDay * DAY) / HOUR;
  const hour = Math.floor(nowHours);
  const activityNow = nowDay * DAY_WEIGHT + cumulativeAt(hour) + weightAt(hour) * (nowHours - hour);

  const activity = activityNow - fraction * spanDays(count) * DAY_WEIGHT;
  const day = Math.floor(activity / DAY_WEIGHT);
  const rest = activity - day * DAY_WEIGHT;
  let h = 23;
  while (h > 0 && cumulativeAt(h) > rest) h--;
  const hours = h + Math.min(1, (rest - cumulativeAt(h)) / weightAt(h));
  const local = day * DAY + hours * HOUR;
  // Whole seconds, and never in the future.
  return Math.min(nowMs - 1000, Math.floor((local - offset) / 1000) * 1000);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export interface LocalDate {
  /** "Nov. 12, 2026" */
  text: string;
  /** "Tuesday" */
  weekday: string;
  /** "November" */
  month: string;
  year: number;
  /** 0-23, Kyiv time */
  hour: number;
  /** 0 (January) to 11 */
  monthIndex: number;
}

export function localDate(utcMs: number): LocalDate {
  const local = new Date(utcMs + kyivOffsetMinutes(utcMs) * MINUTE);
  const monthIndex = local.getUTCMonth();
  const year = local.getUTCFullYear();
  return {
    text: `${MONTHS_AP[monthIndex]} ${local.getUTCDate()}, ${year}`,
    weekday: WEEKDAYS[local.getUTCDay()] ?? "Monday",
    month: MONTHS[monthIndex] ?? "January",
    year,
    hour: local.getUTCHours(),
    monthIndex,
  };
}
