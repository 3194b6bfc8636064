/**
 * This process's worker, if it runs one (lib/jobs/worker.ts), so that a
 * nudge can wake it. Kept on globalThis: Next may load modules in several
 * bundles of one process. No imports, so any module may use it.
 */
export interface JobWorker {
  /** Runs the lanes that listen for `queue` ("*": every lane) now; false once stopped. */
  wake(queue: string): boolean;
  stop(): Promise<void>;
  /** Listening for wake-ups (or given up waiting), and the first runs started. */
  ready: Promise<void>;
  /** Settles when every lane has finished its first run. */
  firstRun: Promise<void>;
}

const holder = globalThis as unknown as { newsroomJobWorker?: JobWorker | null };

export function processWorker(): JobWorker | null {
  return holder.newsroomJobWorker ?? null;
}

export function setProcessWorker(worker: JobWorker | null): void {
  holder.newsroomJobWorker = worker;
}

/** Wakes this process's worker for `queue`; false when the process runs none. */
export function wakeProcessWorker(queue: string): boolean {
  return holder.newsroomJobWorker?.wake(queue) ?? false;
}
