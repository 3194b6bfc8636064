/**
 * `npm run jobs`: the newsroom's due work, once, for cron (e.g. every minute).
 * Publishes scheduled articles whose time has come and unpublishes those
 * whose take-down time has come, prints a line per article, and exits 0
 * (1 if an article failed unexpectedly).
 * Safe beside running servers and other runs (row locks).
 *
 * Runs with the react-server export condition (see package.json), under
 * which `server-only` is the empty module it is on the server.
 */
import { pruneRevisions } from "../lib/articles/revisions/retention";
import { checkConnection } from "../lib/db/connection";
import { runBackgroundTasks } from "../lib/jobs/tasks";
import { getDbInstance } from "../lib/db/instance";
import { pendingMigrations } from "../lib/db/migrations";
import { publishDueArticles } from "../lib/scheduling/publish-due";
import { describeReport } from "../lib/scheduling/runner";
import { runScript, ScriptError } from "./lib/run-script";

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
    // Revision retention (REVISION_RETENTION_DAYS, REVISION_KEEP_LATEST),
    // after the publishing that cron runs this for; never touches published
    // or restored versions.
    const pruned = await pruneRevisions(new Date());
    if (pruned.deleted) console.log(`${pruned.deleted} old revision(s) pruned.`);
    const background = await runBackgroundTasks(new Date());
    for (const line of background.lines) console.log(line);
    // Cron mails or alerts on a failing exit; the next run tries them again.
    if (report.failed.length || background.failed) process.exitCode = 1;
  } finally {
    await db.$disconnect().catch(() => {});
    await connection.close().catch(() => {});
  }
});
