import "server-only";
import { after } from "next/server";
import { backgroundJobsInProcess } from "@/lib/jobs/mode";
import { wakeProcessWorker } from "@/lib/jobs/process-worker";
import type { BackgroundTask } from "@/lib/jobs/tasks";
import { runIssueSending } from "./runner";

/**
 * Registered in lib/jobs/tasks.ts: run by the worker when a send starts
 * (snapshotRecipients wakes it), on every tick, and by `npm run jobs`.
 */
export const issueSendingTask: BackgroundTask = {
  name: "newsletter-issues",
  wakeOn: ["newsletters"],
  drains: true,
  run: async (now) => (await runIssueSending(now)).lines,
};

const holder = globalThis as unknown as { newsroomIssueNudge?: { running: boolean } };
const state = (holder.newsroomIssueNudge ??= { running: false });

/**
 * Sends the next batches soon, in this process, instead of waiting for the
 * scheduler's tick: after a send starts, and while someone watches its
 * progress. One run per process at a time; never throws.
 */
export function nudgeIssueSending(): void {
  // Under Vitest tests run the sender themselves, at the moment they choose.
  if (process.env.VITEST) return;
  // A worker here or elsewhere was woken when the send started.
  if (wakeProcessWorker("newsletters") || !backgroundJobsInProcess()) return;
  const start = () => {
    if (state.running) return;
    state.running = true;
    void runIssueSending()
      .then(({ lines }) => lines.forEach((line) => console.log(line)))
      .catch((error: Error) => console.error(`[newsletters] sending failed: ${error.message}`))
      .finally(() => {
        state.running = false;
      });
  };
  try {
    // After the response: the action's transaction has committed by then.
    after(start);
  } catch {
    setTimeout(start, 100).unref();
  }
}
