import "server-only";
import type { BackgroundTask } from "@/lib/jobs/tasks";
import { runNarrations } from "./run-narrations";

/**
 * Generates queued article narrations (see run-narrations.ts). Never inside
 * `next build`: prerendering may nudge the scheduler, and a build process
 * exits mid-narration, leaving the row to wait for its lease to run out.
 */
export const narrationTask: BackgroundTask = {
  name: "narration",
  run: async (now) =>
    process.env.NEXT_PHASE === "phase-production-build" ? [] : runNarrations(now),
};
