import { edgePurgeTask } from "@/lib/edge/purge-queue";
import { mailDeliveryTask } from "@/lib/mail/task";
import { narrationTask } from "@/lib/narration/task";
import { issueSendingTask } from "@/lib/newsletters/issues/task";
import { pruneSignUpsTask } from "@/lib/newsletters/prune";
import { pruneReaderSignInLinksTask } from "@/lib/readers/task";

/**
 * Background work beside scheduled publishing: each task is run by the
 * in-process scheduler on every tick, by a request's nudge and by
 * `npm run jobs`. A task must be safe to run twice at once and on several
 * servers (claim rows with `FOR UPDATE SKIP LOCKED` or a conditional update),
 * do a bounded amount of work per run, and return log lines describing what
 * it did (none when there was nothing to do). A thrown error is logged and the
 * next tick tries again.
 */
export interface BackgroundTask {
  name: string;
  run: (now: Date) => Promise<string[]>;
}

/**
 * The registered tasks, run in this order after due articles are published.
 * A domain adds its task here (one import, one entry).
 */
export const backgroundTasks: BackgroundTask[] = [
  // Cheap and urgent: what readers see at the edge.
  edgePurgeTask,
  issueSendingTask,
  pruneSignUpsTask,
  pruneReaderSignInLinksTask,
  // After the tasks that queue mail, so their mail leaves on the same tick.
  mailDeliveryTask,
  // Seconds of speech synthesis per run: after the mail, so it never holds mail up.
  narrationTask,
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
