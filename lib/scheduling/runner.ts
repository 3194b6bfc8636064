import "server-only";
import { runBackgroundTasks } from "@/lib/jobs/tasks";
import { publishDueArticles, type DueReport } from "./publish-due";

/**
 * The in-process scheduler, and the one place a process runs the due work:
 * one run at a time per process (the interval, a request's nudge and a start
 * may coincide), while other processes are kept apart by the row locks in
 * publishDueArticles.
 */

export const DEFAULT_INTERVAL_MS = 15_000;

type Log = (line: string) => void;

interface SchedulerState {
  timer: ReturnType<typeof setInterval> | null;
  running: Promise<DueReport | null> | null;
  lastNudgeAt: number;
}

// On globalThis: Next may load this module in several bundles of one process.
const holder = globalThis as unknown as { newsroomScheduler?: SchedulerState };
const state = (holder.newsroomScheduler ??= { timer: null, running: null, lastNudgeAt: 0 });

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
      // queues work sees it picked up on the same tick.
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
 * Starts the interval (once per process; a second call returns the same
 * stop function) and runs at once, so whatever fell due while the server
 * was down goes out as it starts. The timer is unref'd: it never keeps a
 * process alive on its own.
 */
export function startScheduler(options: { intervalMs?: number; log?: Log } = {}): {
  stop: () => void;
  firstRun: Promise<DueReport | null>;
} {
  const log = options.log ?? console.log;
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const stop = () => {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
  };
  if (state.timer) return { stop, firstRun: state.running ?? Promise.resolve(null) };
  state.timer = setInterval(() => void runDueWork(log), intervalMs);
  state.timer.unref();
  return { stop, firstRun: runDueWork(log) };
}

export function schedulerRunning(): boolean {
  return state.timer !== null;
}

/** How long a process waits between two request-triggered checks. */
export const NUDGE_INTERVAL_MS = 30_000;

/**
 * For requests: at most once per NUDGE_INTERVAL_MS per process, look for due
 * work and do it in the background, so a process whose interval is not
 * running (or has stalled) still publishes on the next visit. Never blocks
 * or fails the request. Says whether it looked.
 */
export function nudgeScheduler(now: number = Date.now()): boolean {
  if (now - state.lastNudgeAt < NUDGE_INTERVAL_MS) return false;
  state.lastNudgeAt = now;
  void runDueWork();
  return true;
}

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
