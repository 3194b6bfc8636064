import "server-only";
import { getDbInstance } from "@/lib/db/instance";
import { backgroundJobsInProcess } from "@/lib/jobs/mode";
import { runBackgroundTasks } from "@/lib/jobs/tasks";
import { processWorker } from "@/lib/jobs/process-worker";
import { startProcessWorker } from "@/lib/jobs/worker";
import { publishDueArticles, type DueReport } from "./publish-due";
import { describeReport } from "./task";

/**
 * Background work inside an app server (BACKGROUND_JOBS=in-process, the
 * default): the process's worker (lib/jobs/worker.ts), and the one-off runs
 * that requests nudge when no worker runs here. Other processes are kept
 * apart by the row locks and leases of lib/jobs/lease-queue.ts.
 */

export const DEFAULT_INTERVAL_MS = 15_000;

type Log = (line: string) => void;

interface NudgeState {
  running: Promise<DueReport | null> | null;
  lastNudgeAt: number;
}

// On globalThis: Next may load this module in several bundles of one process.
const holder = globalThis as unknown as { newsroomScheduler?: NudgeState };
const state = (holder.newsroomScheduler ??= { running: null, lastNudgeAt: 0 });

/**
 * Runs the due work once in this process, or joins the run already going.
 * Failures are logged, never thrown: the next tick tries again.
 */
export function runDueWork(log: Log = console.log, now?: Date): Promise<DueReport | null> {
  state.running ??= (async () => {
    try {
      const at = now ?? new Date();
      const report = await publishDueArticles(at);
      for (const line of describeReport(report)) log(line);
      // Mail, newsletters, narration: after publishing, so a publish that
      // queues work sees it picked up on the same run.
      for (const line of (await runBackgroundTasks(at)).lines) log(line);
      return report;
    } catch (error) {
      log(`[scheduler] could not publish due articles: ${(error as Error).message}`);
      return null;
    } finally {
      state.running = null;
    }
  })();
  return state.running;
}

/**
 * Starts this process's worker (once; a second call returns the same stop
 * function). It runs at once, so whatever fell due while the server was
 * down goes out as it starts, listens for the enqueuers' notifications, and
 * never keeps the process alive on its own.
 */
export function startScheduler(options: { intervalMs?: number; log?: Log } = {}): {
  stop: () => Promise<void>;
  firstRun: Promise<void>;
} {
  const { connection } = getDbInstance();
  const worker = startProcessWorker({
    intervalMs: options.intervalMs ?? DEFAULT_INTERVAL_MS,
    log: options.log ?? console.log,
    listen: (channel, onMessage) => connection.listen(channel, onMessage),
  });
  return { stop: () => worker.stop(), firstRun: worker.firstRun };
}

export function schedulerRunning(): boolean {
  return processWorker() !== null;
}

/** How long a process waits between two request-triggered checks. */
export const NUDGE_INTERVAL_MS = 30_000;

/**
 * For requests: at most once per NUDGE_INTERVAL_MS per process, look for due
 * work and do it in the background, so a process whose worker is not
 * running (or has stalled) still publishes on the next visit. Nothing on an
 * app server whose background work runs elsewhere (BACKGROUND_JOBS=off).
 * Never blocks or fails the request. Says whether it looked.
 */
export function nudgeScheduler(now: number = Date.now()): boolean {
  if (!backgroundJobsInProcess()) return false;
  if (now - state.lastNudgeAt < NUDGE_INTERVAL_MS) return false;
  state.lastNudgeAt = now;
  // A worker here runs every lane now, as on a tick; without one, a run of everything.
  if (!processWorker()?.wake("*")) void runDueWork();
  return true;
}
