import { beforeEach, describe, expect, it, vi } from "vitest";
import { processWorker } from "@/lib/jobs/process-worker";
import { nudgeScheduler } from "@/lib/scheduling/runner";
import { testDb, truncateAll } from "./database";
import { createReadyArticle } from "./scheduling-fixtures";

// BACKGROUND_JOBS=off, which the environment only accepts with PostgreSQL.
vi.mock("@/lib/jobs/mode", () => ({ backgroundJobsInProcess: () => false }));

beforeEach(async () => {
  await truncateAll();
});

describe("an app server with BACKGROUND_JOBS=off", () => {
  it("starts no worker and leaves due work to the worker process, however readers nudge", async () => {
    const due = await createReadyArticle({
      status: "SCHEDULED",
      scheduledAt: new Date(Date.now() - 1000),
    });
    await import("@/instrumentation-node");
    expect(processWorker()).toBeNull();
    expect(nudgeScheduler(Date.now() + 10 * 60_000)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const row = await testDb().article.findUniqueOrThrow({ where: { id: due.id } });
    expect(row.status).toBe("SCHEDULED");
  });
});
