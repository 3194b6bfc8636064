"use client";

import { useEffect, useState } from "react";
import { formatNearDateTime } from "@/lib/dates/format";
import { zoneName } from "@/lib/dates/zoned-time";
import type { ArticleStatus } from "./article-labels";

/**
 * Beside the status badge, which already says "Scheduled": when the article
 * goes out (and comes down), on the newsroom's clocks with the zone named
 * once, and "Overdue" once its time has passed by a minute without it going
 * out (the checklist panel says why). Null when there is nothing scheduled
 * to say, so the bar shows its usual date.
 */
export function ScheduleStatus({
  status,
  dates,
  timeZone,
}: {
  status: ArticleStatus;
  dates: { publishedAt: string | null; scheduledAt: string | null; unpublishAt: string | null };
  timeZone: string;
}) {
  const now = useTicking();
  const zone = <> ({zoneName(timeZone)})</>;
  const at = (iso: string) => (
    <time dateTime={iso}>{formatNearDateTime(new Date(iso), now, timeZone)}</time>
  );
  const takeDown = dates.unpublishAt ? <> · unpublishes {at(dates.unpublishAt)}</> : null;

  if (status === "SCHEDULED" && dates.scheduledAt) {
    const due = new Date(dates.scheduledAt).getTime();
    // The scheduler runs every few seconds: only a minute late is worth alarm.
    const overdue = due <= now.getTime() - 60_000;
    const going = !overdue && due <= now.getTime();
    return (
      <span
        className="ae-status-date ae-schedule-status"
        data-overdue={overdue || undefined}
        suppressHydrationWarning
      >
        for {at(dates.scheduledAt)}
        {zone}
        {takeDown}
        {overdue ? <strong className="ae-overdue"> Overdue</strong> : null}
        {going ? " · going out now" : null}
      </span>
    );
  }
  if (status === "PUBLISHED" && dates.unpublishAt) {
    return (
      <span className="ae-status-date ae-schedule-status" suppressHydrationWarning>
        {dates.publishedAt ? (
          <>
            since {at(dates.publishedAt)}
            {zone}
          </>
        ) : null}
        {takeDown}
        {dates.publishedAt ? null : zone}
      </span>
    );
  }
  return null;
}

/** The time, refreshed every 15 seconds, so "Overdue" appears without a reload. */
function useTicking() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
