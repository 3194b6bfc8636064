import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { wakeWorker } from "@/lib/jobs/wake";
import { queueEmail } from "@/lib/mail/outbox";
import { smtpSinkForTests } from "../mail/smtp-sink-for-tests";
import { testDb, truncateAll } from "./database";
import { createReadyArticle, eventually } from "./scheduling-fixtures";

/**
 * `npm run jobs -- --watch` as its own process beside this one, as a
 * deployment runs it: only on PostgreSQL (an in-memory PGlite cannot be
 * shared between processes, and a PGlite folder admits one process).
 */
const db = testDb();
let child: ChildProcess | null = null;
let output = "";

function startWorkerProcess(smtpUrl: string): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SMTP_URL: smtpUrl,
    // A tick far off: what happens, a notification or a due time caused.
    SCHEDULER_INTERVAL_SECONDS: "600",
    NARRATION_PROVIDER: "off",
    LOG_FORMAT: "text",
  };
  delete env.VITEST;
  const started = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/jobs.ts", "--watch"],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  started.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  started.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return started;
}

/** eventually(), saying what the worker printed when it does not come true. */
async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  try {
    await eventually(check, { timeoutMs, everyMs: 100 });
  } catch (error) {
    throw new Error(`${(error as Error).message}; the worker printed:\n${output}`);
  }
}

const exited = (process: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (process.exitCode !== null) resolve(process.exitCode);
    else process.once("exit", (code) => resolve(code));
  });

describe.skipIf(!process.env.DATABASE_URL)("npm run jobs -- --watch", () => {
  const sink = smtpSinkForTests();

  beforeEach(async () => {
    await truncateAll();
    output = "";
  });

  afterEach(async () => {
    if (child && child.exitCode === null) {
      child.kill("SIGKILL");
      await exited(child);
    }
    child = null;
  });

  it("publishes at the scheduled time, sends mail when woken, and stops cleanly on SIGTERM", async () => {
    child = startWorkerProcess(sink.url);
    await waitFor(async () => output.includes("[worker]"), 60_000);

    // What the editor's Schedule does: the write, and a wake-up on commit.
    const publishAt = new Date(Date.now() + 1500);
    const article = await createReadyArticle({ status: "SCHEDULED", scheduledAt: publishAt });
    await wakeWorker(db, "publishing");
    // Read straight from the table: this process's cache hears nothing of the worker's changes.
    const isPublished = async () =>
      (await db.article.findUniqueOrThrow({ where: { id: article.id } })).status === "PUBLISHED";
    await waitFor(isPublished);
    expect(Date.now() - publishAt.getTime()).toBeLessThan(5_000);
    await waitFor(async () => output.includes("[scheduler] published"));

    const queued = Date.now();
    await queueEmail(db, {
      to: "reader@example.org",
      from: "Desk <desk@gazette.example>",
      subject: "Your sign-in link",
      html: "<p>Sign in</p>",
      text: "Sign in",
    });
    await sink.waitForMessages(1);
    expect(Date.now() - queued).toBeLessThan(5_000);
    await waitFor(async () => output.includes("[mail] sent 1 message(s)"));

    child.kill("SIGTERM");
    expect(await exited(child)).toBe(0);
    expect(output).toMatch(/\[worker\] SIGTERM: finishing the work in hand/);
    expect(output).toMatch(/\[worker\] stopped/);
  });
});
