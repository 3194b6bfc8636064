import "server-only";
import { after } from "next/server";
import { backgroundJobsInProcess } from "@/lib/jobs/mode";
import { wakeProcessWorker } from "@/lib/jobs/process-worker";

/**
 * Request-triggered delivery for mail a reader is waiting for: this
 * process's worker is woken, or, where none runs (a script), delivery runs
 * here. One run at a time per process; a nudge that arrives during a run
 * asks for one more run, so mail committed just after a run started is not
 * left for the next tick.
 */

interface NudgeState {
  running: Promise<void> | null;
  again: boolean;
  /** Nudges asked for while running under Vitest (where nothing is run). */
  recorded: number;
}

const holder = globalThis as unknown as { newsroomMailNudge?: NudgeState };
const state = (holder.newsroomMailNudge ??= { running: null, again: false, recorded: 0 });

export function requestMailDelivery(): void {
  try {
    // Under Vitest a background run would race the test's own assertions;
    // tests count nudges (takeRecordedMailNudges) and deliver explicitly.
    if (process.env.VITEST) {
      state.recorded++;
      return;
    }
    // A worker in this process does it; a worker elsewhere was woken by the
    // enqueue's notification (lib/jobs/wake.ts).
    if (wakeProcessWorker("mail") || !backgroundJobsInProcess()) return;
    const start = () => void runSoon();
    try {
      // After the response: a server action's transaction has committed by then.
      after(start);
    } catch {
      // Outside a request (a script, a background task): shortly, off this stack.
      setTimeout(start, 100).unref();
    }
  } catch (error) {
    console.error(`[mail] could not schedule delivery: ${(error as Error).message}`);
  }
}

/** For tests: how many nudges were asked for since the last call. */
export function takeRecordedMailNudges(): number {
  const count = state.recorded;
  state.recorded = 0;
  return count;
}

function runSoon(): Promise<void> {
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    try {
      do {
        state.again = false;
        const { deliverDueEmails } = await import("./delivery");
        const report = await deliverDueEmails(new Date());
        for (const line of report.lines) console.log(line);
      } while (state.again);
    } catch (error) {
      console.error(`[mail] delivery failed: ${(error as Error).message}`);
    } finally {
      state.running = null;
    }
  })();
  return state.running;
}
