import "server-only";
import { db } from "@/lib/db";
import type { BackgroundTask } from "@/lib/jobs/tasks";
import { publishQueue, takeDownQueue } from "./due-queues";
import { publishDueArticles, type DueReport } from "./publish-due";

/**
 * Scheduled publishing and take-downs as the worker's first lane. It runs at
 * each article's own time (nextDueAt), when an article is scheduled (the
 * write wakes it), and on every tick as a fallback.
 */
export const publishingTask: BackgroundTask = {
  name: "publishing",
  wakeOn: ["publishing"],
  run: async (now) => describeReport(await publishDueArticles(now)),
  async nextDueAt(now) {
    const times = await Promise.all([
      publishQueue.nextDueAt(db, now),
      takeDownQueue.nextDueAt(db, now),
    ]);
    const next = times.flatMap((time) => (time ? [time.getTime()] : []));
    return next.length ? new Date(Math.min(...next)) : null;
  },
};

/** One line per article, for the server log and `npm run jobs`. */
export function describeReport(report: DueReport): string[] {
  const name = (item: { title: string; slug: string; id: string }) =>
    item.slug ? `“${item.title || "Untitled"}” (/${item.slug})` : item.id;
  const due = (at: Date | null) => (at ? `, due ${at.toISOString()}` : "");
  return [
    ...report.published.map((item) => `[scheduler] published ${name(item)}${due(item.dueAt)}`),
    ...report.unpublished.map((item) => `[scheduler] unpublished ${name(item)}${due(item.dueAt)}`),
    ...report.held
      .filter((item) => item.firstTime)
      .map(
        (item) =>
          `[scheduler] held ${name(item)}${due(item.dueAt)}, left scheduled: ${item.problems.join(" ")}`,
      ),
    ...report.failed.map((item) => `[scheduler] failed on ${name(item)}: ${item.error}`),
  ];
}
