import "server-only";
import type { BackgroundTask } from "@/lib/jobs/tasks";
import { pruneRevisions } from "./retention";

const EVERY_MS = 60 * 60_000;
const holder = globalThis as unknown as { newsroomRevisionsPrunedAt?: number };

/**
 * Revision retention (REVISION_RETENTION_DAYS, REVISION_KEEP_LATEST), once
 * an hour per process: old ordinary saves and autosaves only, never a
 * published or restored version. Each run of `npm run jobs` (a new process)
 * prunes once.
 */
export const pruneRevisionsTask: BackgroundTask = {
  name: "revision-pruning",
  async run(now) {
    if (now.getTime() - (holder.newsroomRevisionsPrunedAt ?? 0) < EVERY_MS) return [];
    holder.newsroomRevisionsPrunedAt = now.getTime();
    const { deleted } = await pruneRevisions(now);
    return deleted ? [`[revisions] pruned ${deleted} old revision(s)`] : [];
  },
};
