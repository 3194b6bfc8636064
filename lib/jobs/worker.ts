import "server-only";
import { AsyncResource } from "node:async_hooks";
import { publishingTask } from "@/lib/scheduling/task";
import { processWorker, setProcessWorker, type JobWorker } from "./process-worker";
import { backgroundTasks, type BackgroundTask } from "./tasks";
import { JOBS_CHANNEL } from "./wake";

/**
 * The worker: every background task (scheduled publishing first, then
 * lib/jobs/tasks.ts) in a lane of its own, so eight seconds of narration
 * never hold up a publish or a sign-in link. A lane runs
 *
 * - on every tick of the interval (the fallback: nothing waits longer);
 * - at once when an enqueuer's notification names its queue (wake.ts);
 * - at the time its next item falls due, when the task can tell
 *   (a scheduled article goes out on its second, not on the next tick);
 * - again straight away after a run that did something, for tasks that
 *   stop at a batch limit (`drains`), up to MAX_BURST runs in a row.
 *
 * One run per lane at a time; a wake-up during a run asks for one more.
 * `stop()` stops taking new work and resolves once every lane has finished
 * the run in hand. Runs inside the app server (BACKGROUND_JOBS=in-process,
 * the embedded default) and as `npm run jobs -- --watch`.
 */

type Log = (line: string) => void;
type Listen = (
  channel: string,
  onMessage: (payload: string) => void,
) => Promise<() => Promise<void>>;

export interface WorkerOptions {
  intervalMs: number;
  log?: Log;
  /** LISTEN on the jobs channel (Connection.listen); without it, only ticks and timers. */
  listen?: Listen;
  /** Keep the process alive (a worker process); an app server's worker must not. */
  keepAlive?: boolean;
  tasks?: BackgroundTask[];
}

/** Back-to-back runs of a draining lane before it waits for the tick. */
const MAX_BURST = 50;
/** A lane woken for its due time runs this long after it, so the item is due. */
const DUE_MARGIN_MS = 50;
/** How long the first runs wait for LISTEN before going ahead without it. */
const LISTEN_WAIT_MS = 5_000;

export function workerTasks(): BackgroundTask[] {
  return [publishingTask, ...backgroundTasks];
}

interface Lane {
  task: BackgroundTask;
  running: Promise<void> | null;
  again: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  ranOnce: () => void;
  firstRun: Promise<void>;
}

const listensFor = (task: BackgroundTask, queue: string) =>
  queue === "*" || ((task.wakeOn as readonly string[] | undefined)?.includes(queue) ?? false);

function newLane(task: BackgroundTask): Lane {
  let ranOnce = () => {};
  const firstRun = new Promise<void>((resolve) => (ranOnce = resolve));
  return { task, running: null, again: false, timer: null, ranOnce, firstRun };
}

export function startJobWorker(options: WorkerOptions): JobWorker {
  const log = options.log ?? console.log;
  const controller = new AbortController();
  const scope = new AsyncResource("newsroom-job-worker");
  const lanes = (options.tasks ?? workerTasks()).map(newLane);
  let unlisten: (() => Promise<void>) | null = null;
  let listening: Promise<void> | null = null;

  const poke = (lane: Lane) => {
    if (controller.signal.aborted) return;
    if (lane.running) {
      lane.again = true;
      return;
    }
    // In the worker's own async context, whoever pokes it (a request's
    // nudge must not lend the run its request).
    lane.running = scope
      .runInAsyncScope(() => drive(lane))
      .finally(() => {
        // A wake-up while it was planning its next due time.
        const again = lane.again;
        lane.running = null;
        lane.ranOnce();
        if (again) poke(lane);
      });
  };

  const drive = async (lane: Lane) => {
    const { task } = lane;
    let burst = 0;
    do {
      lane.again = false;
      let lines: string[] = [];
      try {
        lines = await task.run(new Date(), controller.signal);
      } catch (error) {
        log(`[${task.name}] failed: ${(error as Error).message}`);
        break;
      }
      for (const line of lines) log(line);
      if (task.drains && lines.length && ++burst < MAX_BURST) lane.again = true;
    } while (lane.again && !controller.signal.aborted);
    await planNext(lane);
  };

  /** Sets a timer for the lane's next due item, when that comes before the next tick. */
  const planNext = async (lane: Lane) => {
    if (!lane.task.nextDueAt || controller.signal.aborted) return;
    try {
      const now = Date.now();
      const at = await lane.task.nextDueAt(new Date(now));
      if (lane.timer) clearTimeout(lane.timer);
      lane.timer = null;
      if (!at || at.getTime() - now > options.intervalMs || controller.signal.aborted) return;
      lane.timer = setTimeout(
        () => {
          lane.timer = null;
          poke(lane);
        },
        Math.max(0, at.getTime() - now) + DUE_MARGIN_MS,
      );
      lane.timer.unref();
    } catch {
      // The tick covers it.
    }
  };

  const listen = (): Promise<void> => {
    if (!options.listen || unlisten) return Promise.resolve();
    listening ??= options
      .listen(JOBS_CHANNEL, (queue) => {
        for (const lane of lanes) if (listensFor(lane.task, queue)) poke(lane);
      })
      .then((stop) => {
        if (controller.signal.aborted) return void stop();
        unlisten = stop;
      })
      .catch((error: Error) => {
        log(`[worker] not listening for new work (${error.message}); checking every tick`);
      })
      .finally(() => {
        listening = null;
      });
    return listening;
  };

  const tick = () => {
    void listen(); // again after a failure
    for (const lane of lanes) poke(lane);
  };
  const interval = setInterval(tick, options.intervalMs);
  if (!options.keepAlive) interval.unref();
  // Listening before the first runs, so work queued while they look is not
  // missed; a database slow to answer delays them a few seconds at most.
  let waited: ReturnType<typeof setTimeout> | undefined;
  const ready = Promise.race([
    listen(),
    new Promise<void>((resolve) => (waited = setTimeout(resolve, LISTEN_WAIT_MS))),
  ]).then(() => {
    clearTimeout(waited);
    for (const lane of lanes) poke(lane);
  });

  return {
    wake(queue) {
      if (controller.signal.aborted) return false;
      for (const lane of lanes) if (listensFor(lane.task, queue)) poke(lane);
      return true;
    },
    async stop() {
      if (controller.signal.aborted) return;
      controller.abort();
      clearInterval(interval);
      for (const lane of lanes) if (lane.timer) clearTimeout(lane.timer);
      // A LISTEN still connecting closes itself when it is done (see listen()).
      await unlisten?.().catch(() => {});
      await Promise.all(lanes.map((lane) => lane.running));
    },
    ready,
    firstRun: Promise.all(lanes.map((lane) => lane.firstRun)).then(() => {}),
  };
}

/** Starts this process's worker, or returns the one already running. */
export function startProcessWorker(options: WorkerOptions): JobWorker {
  const running = processWorker();
  if (running) return running;
  const worker = startJobWorker(options);
  const registered: JobWorker = {
    ...worker,
    stop() {
      if (processWorker() === registered) setProcessWorker(null);
      return worker.stop();
    },
  };
  setProcessWorker(registered);
  return registered;
}
