import "server-only";
import type { BackgroundTask } from "@/lib/jobs/tasks";
import { nextScheduledUpdateAt, publishDueUpdates } from "./stream";

/**
 * Scheduled live updates go out at their time: the worker runs this at the
 * next update's time (nextDueAt), when one is scheduled (the write wakes the
 * publishing lane) and on every tick.
 */
export const liveUpdatesTask: BackgroundTask = {
  name: "live-updates",
  wakeOn: ["publishing"],
  drains: true,
  async run(now) {
    const count = await publishDueUpdates(now);
    return count ? [`[live] published ${count} scheduled update${count === 1 ? "" : "s"}`] : [];
  },
  nextDueAt: () => nextScheduledUpdateAt(),
};
