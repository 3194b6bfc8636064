import "server-only";
import { db } from "@/lib/db";
import type { BackgroundTask } from "@/lib/jobs/tasks";
import { narrationQueue } from "./claims";
import { runNarrations } from "./run-narrations";

/**
 * Generates queued article narrations (see run-narrations.ts). Never inside
 * `next build`: prerendering may nudge the scheduler, and a build process
 * exits mid-narration, leaving the row to wait for its lease to run out.
 */
export const narrationTask: BackgroundTask = {
  name: "narration",
  wakeOn: ["narration"],
  drains: true,
  nextDueAt: (now) => narrationQueue.nextDueAt(db, now),
  run: async (now, signal) =>
    process.env.NEXT_PHASE === "phase-production-build" ? [] : runNarrations(now, { signal }),
};
