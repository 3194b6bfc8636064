import { checkConnection } from "./lib/db/connection";
import { getDbInstance } from "./lib/db/instance";
import { pendingMigrations } from "./lib/db/migrations";

/**
 * A database that cannot be used stops the server with one line that says
 * why, instead of a stack trace on every request.
 */
const { connection } = getDbInstance();
try {
  await checkConnection(connection);
  const pending = await pendingMigrations(connection);
  if (pending.length) {
    console.error(
      `${connection.description} has ${pending.length} pending migration(s); run npm run db:migrate.`,
    );
    process.exit(1);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

// A public site must be configured for it (one line names what is missing),
// and must not keep the demo accounts' published passwords.
{
  const { env, isLocalSite } = await import("./lib/env");
  const { startupProblem } = await import("./lib/server/startup-checks");
  const problem = startupProblem(env(), process.env);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  if (!isLocalSite(env().SITE_URL)) {
    const { accountsWithDemoPasswords } = await import("./lib/staff/demo-passwords");
    const demo = await accountsWithDemoPasswords();
    if (demo.length) {
      console.error(
        `${demo.join(", ")} still use the demo passwords published in the README; ` +
          `give each a new one with npm run staff:password -- <email> before serving ${env().SITE_URL}.`,
      );
      process.exit(1);
    }
  }
}

// Every change made anywhere (this server, other app servers, the worker)
// reaches this server's cached data and pages (lib/cache/listener.ts).
{
  const { startInvalidationListener } = await import("./lib/cache/listener");
  await startInvalidationListener(connection);
}

// Changes are purged at the edges (EDGE_PURGE_URLS) by the process that does
// the background work: this one, unless a worker does it (BACKGROUND_JOBS=off).
if ((await import("./lib/jobs/mode")).backgroundJobsInProcess()) {
  const { startEdgePurger } = await import("./lib/edge/purger");
  await startEdgePurger(connection);
}

// Background work (scheduled publishing, mail, newsletter batches,
// narration, pruning) runs in this server's own worker unless the
// deployment has a worker process (BACKGROUND_JOBS=off; lib/jobs/worker.ts).
// Its first run happens now, so whatever fell due while the server was down
// goes out as it starts; row locks and leases keep several processes apart.
const { env } = await import("./lib/env");
const { backgroundJobsInProcess } = await import("./lib/jobs/mode");
const seconds = env().SCHEDULER_INTERVAL_SECONDS;
if (backgroundJobsInProcess() && seconds > 0) {
  const { startScheduler } = await import("./lib/scheduling/runner");
  const { stop } = startScheduler({ intervalMs: seconds * 1000 });
  const { onShutdown } = await import("./lib/jobs/shutdown");
  onShutdown(stop);
}

// /metrics (METRICS_PORT) reports each queue's depth and oldest item.
{
  const { metrics } = await import("./lib/server/metrics");
  const { collectQueueStats } = await import("./lib/jobs/queue-stats");
  metrics().collectQueues = () => collectQueueStats(new Date());
}
