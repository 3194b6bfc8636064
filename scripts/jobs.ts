/**
 * `npm run jobs`: the newsroom's background work.
 *
 * Once (for cron, e.g. every minute): publishes scheduled articles whose
 * time has come and unpublishes those whose take-down time has come, runs
 * every task of lib/jobs/tasks.ts once (newsletter batches, mail,
 * narration, pruning), prints a line per thing done, and exits 0 (1 if
 * something failed unexpectedly).
 *
 * `--watch`: the worker of a deployment whose app servers run with
 * BACKGROUND_JOBS=off. Runs the same work continuously (lib/jobs/worker.ts:
 * woken by the enqueuers' notifications, at each scheduled time, and every
 * SCHEDULER_INTERVAL_SECONDS), until SIGTERM or SIGINT, then finishes the
 * work in hand and exits (a second signal exits at once).
 *
 * Safe beside running servers and other runs (row locks and leases).
 * Runs with the react-server export condition (see package.json), under
 * which `server-only` is the empty module it is on the server.
 */
import { parseArgs } from "node:util";
import { startInvalidationListener } from "../lib/cache/listener";
import { checkConnection, type Connection } from "../lib/db/connection";
import { startEdgePurger } from "../lib/edge/purger";
import { getDbInstance } from "../lib/db/instance";
import { pendingMigrations } from "../lib/db/migrations";
import { env, isLocalSite } from "../lib/env";
import { runBackgroundTasks } from "../lib/jobs/tasks";
import { startProcessWorker, workerTasks } from "../lib/jobs/worker";
import { publishDueArticles } from "../lib/scheduling/publish-due";
import { describeReport } from "../lib/scheduling/task";
import { useJsonLogs as writeJsonLogs } from "../lib/server/logging";
import { runScript, ScriptError } from "./lib/run-script";

const { values } = parseArgs({ options: { watch: { type: "boolean", default: false } } });

/** The worker's tick when SCHEDULER_INTERVAL_SECONDS is 0 (which only turns off a server's own). */
const WATCH_DEFAULT_SECONDS = 15;

async function runOnce(connection: Connection): Promise<void> {
  const report = await publishDueArticles(new Date());
  const lines = describeReport(report);
  for (const line of lines) console.log(line);
  const held = report.held.length;
  console.log(
    `${connection.description}: ${report.published.length} published, ${report.unpublished.length} unpublished` +
      (held ? `, ${held} held (see the dashboard)` : "") +
      (report.failed.length ? `, ${report.failed.length} failed` : "") +
      ".",
  );
  const background = await runBackgroundTasks(new Date());
  for (const line of background.lines) console.log(line);
  // Cron mails or alerts on a failing exit; the next run tries them again.
  if (report.failed.length || background.failed) process.exitCode = 1;
}

async function watch(connection: Connection): Promise<void> {
  const config = env();
  if ((config.LOG_FORMAT ?? (isLocalSite(config.SITE_URL) ? "text" : "json")) === "json") {
    writeJsonLogs();
  }
  // What the worker publishes reaches every app server through the
  // invalidation log written in the change's own transaction; listening
  // keeps the little the worker caches itself (settings, names) fresh.
  const stopListening = await startInvalidationListener(connection);
  // The worker purges the edges (EDGE_PURGE_URLS) as changes commit.
  const stopPurging = await startEdgePurger(connection);
  const seconds = config.SCHEDULER_INTERVAL_SECONDS || WATCH_DEFAULT_SECONDS;
  const worker = startProcessWorker({
    intervalMs: seconds * 1000,
    listen: (channel, onMessage) => connection.listen(channel, onMessage),
    keepAlive: true,
  });
  await worker.ready;
  console.log(
    `[worker] ${connection.description}: running ${workerTasks()
      .map((task) => task.name)
      .join(", ")}; every ${seconds} s and when new work is queued`,
  );
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  console.log(`[worker] ${signal}: finishing the work in hand`);
  const force = (second: NodeJS.Signals) => {
    console.log(`[worker] ${second} again: exiting now`);
    process.exit(1);
  };
  process.once("SIGTERM", force);
  process.once("SIGINT", force);
  await worker.stop();
  await stopPurging?.();
  await stopListening();
  console.log("[worker] stopped");
}

await runScript(async () => {
  const { connection, db } = getDbInstance();
  try {
    await checkConnection(connection);
    const pending = await pendingMigrations(connection);
    if (pending.length) {
      throw new ScriptError(
        `${connection.description} has ${pending.length} pending migration(s); run npm run db:migrate.`,
      );
    }
    await (values.watch ? watch(connection) : runOnce(connection));
  } finally {
    await db.$disconnect().catch(() => {});
    await connection.close().catch(() => {});
  }
});
