import { formatDate, formatDateTime } from "@/lib/dates/format";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 min ago", "in 3 hours", "yesterday"; past a week the date itself, which
 * says more than "5 weeks ago". Measured from the request's `now` so every
 * row of a page agrees.
 */
export function formatRelative(date: Date, now: Date, timeZone: string): string {
  const diff = now.getTime() - date.getTime();
  const past = diff >= 0;
  const span = Math.abs(diff);
  const say = (amount: number, unit: string) => {
    const text = `${amount} ${unit}${amount === 1 || unit === "min" ? "" : "s"}`;
    return past ? `${text} ago` : `in ${text}`;
  };
  if (span < MINUTE) return past ? "just now" : "in under a minute";
  if (span < HOUR) return say(Math.floor(span / MINUTE), "min");
  if (span < DAY) return say(Math.floor(span / HOUR), "hour");
  if (span < 2 * DAY) return past ? "yesterday" : "tomorrow";
  if (span < 7 * DAY) return say(Math.floor(span / DAY), "day");
  return formatDate(date, timeZone);
}

/** A relative time, with the full date and time in the newsroom's zone on hover. */
export function RelativeTime({ date, now, timeZone }: { date: Date; now: Date; timeZone: string }) {
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date, timeZone)}>
      {formatRelative(date, now, timeZone)}
    </time>
  );
}
