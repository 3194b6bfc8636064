import { pruneRevisionsTask } from "@/lib/articles/revisions/task";
import { edgePurgeTask } from "@/lib/edge/purge-queue";
import { demoLiveTask } from "@/lib/liveblog/demo-task";
import { liveUpdatesTask } from "@/lib/liveblog/task";
import { mailDeliveryTask } from "@/lib/mail/task";
import { narrationTask } from "@/lib/narration/task";
import { issueSendingTask } from "@/lib/newsletters/issues/task";
import { pruneSignUpsTask } from "@/lib/newsletters/prune";
import { pruneReaderSignInLinksTask } from "@/lib/readers/task";
import type { WakeQueue } from "./wake";

/**
 * Background work beside scheduled publishing: each task is run by the
 * worker (lib/jobs/worker.ts: `npm run jobs -- --watch`, or inside the
 * server with BACKGROUND_JOBS=in-process), by a request's nudge and by
 * `npm run jobs`. A task must be safe to run twice at once and on several
 * servers (claim rows through lib/jobs/lease-queue.ts), do a bounded amount
 * of work per run, and return log lines describing what it did (none when
 * there was nothing to do). A thrown error is logged and the next tick
 * tries again.
 */
export interface BackgroundTask {
  name: string;
  /** `signal` aborts when the worker is stopping: take no new work, finish what is in hand. */
  run: (now: Date, signal?: AbortSignal) => Promise<string[]>;
  /** Wake-ups (lib/jobs/wake.ts) that make the worker run this task at once. */
  wakeOn?: readonly WakeQueue[];
  /**
   * A run that reported something may have left more (it stops at a batch
   * or time limit): the worker runs it again at once instead of waiting.
   */
  drains?: boolean;
  /** When work next falls due, so the worker runs it then rather than on the next tick. */
  nextDueAt?: (now: Date) => Promise<Date | null>;
}

/**
 * The registered tasks, run in this order after due articles are published
 * (by `npm run jobs` and a nudge; the worker runs each in its own lane).
 * A domain adds its task here (one import, one entry).
 */
export const backgroundTasks: BackgroundTask[] = [
  // Cheap and urgent: what readers see at the edge.
  edgePurgeTask,
  liveUpdatesTask,
  issueSendingTask,
  pruneSignUpsTask,
  pruneReaderSignInLinksTask,
  pruneRevisionsTask,
  // After the tasks that queue mail, so their mail leaves on the same run.
  mailDeliveryTask,
  // Seconds of speech synthesis per run: after the mail, so it never holds mail up.
  narrationTask,
  demoLiveTask,
];

/** Runs every task once; failures are reported as lines, never thrown. */
export async function runBackgroundTasks(now: Date): Promise<{ lines: string[]; failed: number }> {
  const lines: string[] = [];
  let failed = 0;
  for (const task of backgroundTasks) {
    try {
      lines.push(...(await task.run(now)));
    } catch (error) {
      failed++;
      lines.push(`[${task.name}] failed: ${(error as Error).message}`);
    }
  }
  return { lines, failed };
}
