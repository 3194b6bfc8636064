import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDbInstance } from "@/lib/db/instance";
import type { BackgroundTask } from "@/lib/jobs/tasks";
import { JOBS_CHANNEL, wakeWorker } from "@/lib/jobs/wake";
import { startJobWorker, type WorkerOptions } from "@/lib/jobs/worker";
import type { JobWorker } from "@/lib/jobs/process-worker";
import { queueEmail } from "@/lib/mail/outbox";
import { mailDeliveryTask } from "@/lib/mail/task";
import { scheduleArticleAction } from "@/lib/scheduling/actions";
import { publishingTask } from "@/lib/scheduling/task";
import { smtpSinkForTests } from "../mail/smtp-sink-for-tests";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createStaff } from "./factories";
import { createReadyArticle, eventually } from "./scheduling-fixtures";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

const db = testDb();
const { connection } = getDbInstance();
const sink = smtpSinkForTests();
const workers: JobWorker[] = [];
const lines: string[] = [];

/** A worker whose tick is far off: whatever it does in a test, a wake-up or a due time caused. */
function startWorker(options: Partial<WorkerOptions> = {}): JobWorker {
  const worker = startJobWorker({
    intervalMs: 10 * 60_000,
    log: (line) => lines.push(line),
    listen: (channel, onMessage) => connection.listen(channel, onMessage),
    ...options,
  });
  workers.push(worker);
  return worker;
}

const email = (to: string) => ({
  to,
  from: "Desk <desk@gazette.example>",
  subject: "Your sign-in link",
  html: "<p>Sign in</p>",
  text: "Sign in",
});

beforeEach(async () => {
  await truncateAll();
  actAs(null);
  lines.length = 0;
  process.env.SMTP_URL = sink.url;
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  delete process.env.SMTP_URL;
});

describe("the worker", () => {
  it("publishes a scheduled article at its time, not on the next tick", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const article = await createReadyArticle({ authorIds: [editor.authorId!] });
    await startWorker({ tasks: [publishingTask] }).ready;
    actAs(editor);
    const publishAt = new Date(Date.now() + 1500);
    const scheduled = await scheduleArticleAction({
      id: article.id,
      version: article.version,
      publishAt: publishAt.toISOString(),
    });
    expect(scheduled).toMatchObject({ ok: true });
    // Read straight from the table: a reader query would nudge the scheduler
    // itself, and the test is about the worker.
    await eventually(
      async () =>
        (await db.article.findFirst({ where: { id: article.id, status: "PUBLISHED" } })) ?? null,
      { timeoutMs: 10_000, everyMs: 50 },
    );
    const published = Date.now();
    // The tick is ten minutes away: the scheduling woke the worker, which
    // then waited for the article's own time.
    expect(published - publishAt.getTime()).toBeLessThan(1500);
    // The run's report is logged when the run is over, just after the
    // commit the row shows.
    await eventually(async () => lines.some((line) => line.startsWith("[scheduler] published")), {
      timeoutMs: 5_000,
      everyMs: 20,
    });
  });

  it("wakes at once for mail queued in a transaction that commits, never for one rolled back", async () => {
    await startWorker({ tasks: [mailDeliveryTask] }).ready;
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, email("rolled-back@example.org"));
        throw new Error("the sign-up failed");
      }),
    ).rejects.toThrow("the sign-up failed");
    const started = Date.now();
    await db.$transaction((tx) => queueEmail(tx, email("reader@example.org")));
    await sink.waitForMessages(1);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(sink.envelopes.flatMap((envelope) => envelope.to)).toEqual(["reader@example.org"]);
    expect(await db.emailOutbox.count()).toBe(1);
  });

  it("sends mail while a slow task is still running in its own lane", async () => {
    let release = () => {};
    const slow: BackgroundTask = {
      name: "slow",
      wakeOn: ["narration"],
      run: () => new Promise<string[]>((resolve) => (release = () => resolve(["[slow] done"]))),
    };
    const worker = startWorker({ tasks: [slow, mailDeliveryTask] });
    await worker.ready;
    try {
      await db.$transaction((tx) => queueEmail(tx, email("waiting@example.org")));
      await sink.waitForMessages(1);
      expect(lines).not.toContain("[slow] done");
    } finally {
      release();
    }
    await worker.stop();
    expect(lines).toContain("[slow] done");
  });

  it("finishes the run in hand when stopped, and starts no other", async () => {
    let runs = 0;
    let finish = () => {};
    const task: BackgroundTask = {
      name: "counted",
      wakeOn: ["mail"],
      run: async (_now, signal) => {
        runs++;
        await new Promise<void>((resolve) => (finish = resolve));
        return [`[counted] run ${runs} ended${signal?.aborted ? " after the stop" : ""}`];
      },
    };
    const worker = startWorker({ tasks: [task] });
    await eventually(async () => runs === 1);
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    expect(worker.wake("mail")).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(runs).toBe(1);
    expect(lines).toEqual(["[counted] run 1 ended after the stop"]);
  });

  it("runs a draining task again at once while it reports work, then waits", async () => {
    let left = 3;
    const task: BackgroundTask = {
      name: "batches",
      drains: true,
      run: async () => (left > 0 ? [`[batches] one batch, ${--left} left`] : []),
    };
    const worker = startWorker({ tasks: [task] });
    await worker.firstRun;
    expect(lines).toEqual([
      "[batches] one batch, 2 left",
      "[batches] one batch, 1 left",
      "[batches] one batch, 0 left",
    ]);
  });
});

describe("wake-ups", () => {
  it("are delivered when the enqueuing transaction commits", async () => {
    const heard: string[] = [];
    const stop = await connection.listen(JOBS_CHANNEL, (payload) => heard.push(payload));
    try {
      await db
        .$transaction(async (tx) => {
          await wakeWorker(tx, "narration");
          throw new Error("rolled back");
        })
        .catch(() => {});
      await db.$transaction(async (tx) => {
        await wakeWorker(tx, "mail");
        await new Promise((resolve) => setTimeout(resolve, 100));
        // Not before the commit.
        expect(heard).toEqual([]);
      });
      await eventually(async () => heard.length > 0);
      expect(heard).toEqual(["mail"]);
    } finally {
      await stop();
    }
  });
});
