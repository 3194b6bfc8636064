/**
 * `npm run soak [-- --minutes 30 --rate 20 --port 3290]`: mixed traffic at a
 * fixed rate against the production topology on PostgreSQL (Varnish, app
 * servers and a worker: scripts/lib/cluster.ts), with an app server and
 * PostgreSQL restarted in the middle; reports errors, latency and each
 * process's memory as it goes, then checks that every write the site
 * acknowledged is in the database. `--minutes 2` is the CI run.
 *
 * - DATABASE_URL names a local PostgreSQL test database; the soak runs on
 *   its own database beside it ("<name>_soak"), wiped and seeded with the
 *   demo newsroom. Without DATABASE_URL it says so and succeeds.
 * - Reuses the production build in NEXT_DIST_DIR (default .next, the one the
 *   e2e suite builds) when there is one; SOAK_BUILD=fresh builds anyway.
 * - The soak plays the CDN in front of Varnish: app servers trust two proxy
 *   hops (TRUSTED_PROXY_HOPS=2), and each request's X-Forwarded-For names a
 *   different reader. Without it every request would come from 127.0.0.1 and
 *   the per-address limits (search, sign-ups, sign-in links, comments) would
 *   rightly refuse most of the traffic. Mail goes to an SMTP sink on loopback.
 * - Faults (--faults app,postgres; "none" for none): at 35% of the run the
 *   first app server gets SIGTERM and is started again; at 65% PostgreSQL is
 *   restarted (pg_ctlcluster, as root, on the cluster serving the database's
 *   port) or, where that is not possible or --pg-fault terminate asks,
 *   every connection to the soak's database is cut. Failures of requests
 *   that overlap a fault are counted apart.
 * - Exits 1 when steady-running errors pass --max-error-percent (0.5), when
 *   an acknowledged write is missing, or when a process dies unasked.
 *   Run files (logs, report.json) are in --dir (.data/soak-<port>).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { postgresTarget } from "../lib/db/config";
import { startSmtpSink } from "../test/mail/smtp-sink";
import { assertTestDatabase, siblingDatabaseUrl } from "../test/test-database";
import { ensureDatabase, startCluster, varnishAvailable, type ClusterProcess } from "./lib/cluster";
import { buildNext, runScriptFile } from "./lib/processes";
import { runScript, ScriptError } from "./lib/run-script";
import { findActionId } from "./lib/server-action";
import { makeWriters } from "./lib/soak-editors";
import {
  breakPostgres,
  choosePostgresFault,
  describePostgresFault,
  residentMemory,
  restartOneApp,
  type FaultResult,
} from "./lib/soak-faults";
import { readFixtures, withDatabase } from "./lib/soak-fixtures";
import { Recorder } from "./lib/soak-http";
import { Ledger, lostWrites, verifyLedger } from "./lib/soak-ledger";
import { seededRandom, warmUp } from "./lib/soak-mix";
import { MailWatcher, ReaderPool } from "./lib/soak-readers";
import { writeReport, type MemoryPoint } from "./lib/soak-report";
import { drain, runTraffic } from "./lib/soak-run";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "30" },
    rate: { type: "string", default: "20" },
    port: { type: "string", default: "3290" },
    servers: { type: "string", default: "2" },
    faults: { type: "string", default: "app,postgres" },
    "pg-fault": { type: "string", default: "auto" },
    "report-seconds": { type: "string" },
    "max-error-percent": { type: "string", default: "0.5" },
    seed: { type: "string", default: "1" },
    dir: { type: "string" },
  },
});

const number = (name: string, value: string, min: number, max: number) => {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new ScriptError(`--${name} takes a number from ${min} to ${max}.`);
  }
  return parsed;
};

await runScript(async () => {
  const minutes = number("minutes", values.minutes!, 0.5, 24 * 60);
  const rate = number("rate", values.rate!, 1, 1000);
  const port = number("port", values.port!, 1024, 65000);
  const servers = number("servers", values.servers!, 1, 8);
  const maxErrorPercent = number("max-error-percent", values["max-error-percent"]!, 0, 100);
  const reportSeconds = number(
    "report-seconds",
    values["report-seconds"] ?? (minutes > 10 ? "60" : "15"),
    1,
    3600,
  );
  const faults = new Set(
    values
      .faults!.split(",")
      .map((fault) => fault.trim())
      .filter((fault) => fault && fault !== "none"),
  );
  for (const fault of faults) {
    if (fault !== "app" && fault !== "postgres")
      throw new ScriptError(`Unknown fault "${fault}": use app, postgres or none.`);
  }
  const pgMode = values["pg-fault"];
  if (pgMode !== "auto" && pgMode !== "restart" && pgMode !== "terminate")
    throw new ScriptError("--pg-fault takes auto, restart or terminate.");

  if (!process.env.DATABASE_URL) {
    console.log(
      "Soak: skipped. It needs DATABASE_URL naming a local PostgreSQL test database " +
        "(it runs on its own database beside it, with the suffix _soak).",
    );
    return;
  }
  const databaseUrl = siblingDatabaseUrl(process.env.DATABASE_URL, "_soak");
  const origin = `http://127.0.0.1:${port}`;
  const dir = path.resolve(values.dir ?? `.data/soak-${port}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    SITE_URL: origin,
    MEDIA_DIR: path.join(dir, "media"),
    // Narration is a worker's job that would take the CPU for minutes here.
    NARRATION_PROVIDER: "off",
  };
  try {
    assertTestDatabase(env);
  } catch (error) {
    throw new ScriptError((error as Error).message);
  }
  if (!varnishAvailable())
    throw new ScriptError(
      "The soak needs Varnish with vmod-xkey: apt-get install varnish varnish-modules.",
    );
  const pgFault = faults.has("postgres")
    ? choosePostgresFault(pgMode, databaseUrl, Number(postgresTarget(databaseUrl)?.port ?? 5432))
    : null;
  if (typeof pgFault === "string") throw new ScriptError(`--pg-fault restart: ${pgFault}.`);

  console.log(
    `Soak: ${minutes} min at ${rate} req/s through Varnish on ${origin} to ${servers} app servers, ` +
      `database ${postgresTarget(databaseUrl)?.database}.`,
  );
  console.log(
    `Faults: ${faults.has("app") ? "app server 1 restart at 35%" : "no app restart"}; ` +
      `${pgFault ? `at 65%, ${describePostgresFault(pgFault)}` : "no PostgreSQL fault"}.`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  await ensureDatabase(databaseUrl);
  runScriptFile("scripts/db-reset.ts", [], env);
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const buildId = path.join(distDir, "BUILD_ID");
  if (process.env.SOAK_BUILD === "fresh" || !fs.existsSync(buildId)) buildNext(env);
  else
    console.log(
      `Reusing the build in ${distDir} (${fs.statSync(buildId).mtime.toISOString()}); SOAK_BUILD=fresh rebuilds.`,
    );

  const sink = await startSmtpSink();
  const cluster = await startCluster({
    port,
    servers,
    dir,
    logs: "files",
    env: {
      DATABASE_URL: databaseUrl,
      SMTP_URL: sink.url,
      MEDIA_DIR: env.MEDIA_DIR,
      NARRATION_PROVIDER: "off",
      TRUSTED_PROXY_HOPS: "2",
      LOG_FORMAT: "json",
    },
  });
  let stopping = false;
  const expectedExits = new Set<number | undefined>();
  let unexpectedExits = 0;
  const watch = (entry: ClusterProcess) =>
    entry.child.on("exit", (code, signal) => {
      if (stopping || expectedExits.has(entry.child.pid)) return;
      if (entry === cluster.worker && code === 0) {
        // scripts/jobs.ts without a --watch loop is cron's one pass: done, not dead.
        console.log("-- The worker ran its jobs once and left (exit 0).");
        return;
      }
      unexpectedExits++;
      console.error(`!! ${entry.name} (pid ${entry.child.pid}) exited unasked: ${signal ?? code}.`);
    });
  for (const entry of [...cluster.apps, cluster.varnish, cluster.worker]) if (entry) watch(entry);
  const shutDown = async () => {
    stopping = true;
    await cluster.stop();
    await sink.close();
  };
  process.on("SIGINT", () => void shutDown().then(() => process.exit(130)));

  try {
    const runId = Date.now().toString(36);
    const fixtures = await readFixtures(databaseUrl);
    const recorder = new Recorder();
    const ledger = new Ledger();
    const actionId = findActionId(distDir, "lib/articles/editing/actions.ts", "saveArticleAction");
    const writers = await withDatabase(databaseUrl, (client) =>
      makeWriters(client, origin, fixtures, actionId, ledger, runId),
    );
    const readers = new ReaderPool(
      origin,
      runId,
      recorder,
      ledger,
      new MailWatcher(sink),
      fixtures.articles.map((article) => article.path),
      (rate * 60 * 2) / 100,
    );
    await warmUp(
      cluster.apps.map((app) => `http://127.0.0.1:${app.port}`),
      fixtures,
    );
    await readers.fill();
    console.log(
      `${writers.length} staff writers and the first readers signed in; sending traffic.`,
    );

    const durationMs = minutes * 60_000;
    const faultResults: (FaultResult & { detail?: string })[] = [];
    const memory: MemoryPoint[] = [];
    const started = Date.now();
    const processes = () =>
      [...cluster.apps, cluster.worker].filter(
        (entry): entry is ClusterProcess => entry !== null && entry.child.exitCode === null,
      );
    const serverLine = () => {
      const point: MemoryPoint = { second: Math.round((Date.now() - started) / 1000), mb: {} };
      for (const entry of processes()) {
        const rss = residentMemory(entry.child.pid);
        if (rss) point.mb[entry.name] = Math.round(rss.tree / 2 ** 20);
      }
      memory.push(point);
      return `RSS ${processes()
        .map((entry) => `${entry.name} ${point.mb[entry.name] ?? "down"}`)
        .join(", ")} MB`;
    };
    const sleepUntil = (fraction: number) =>
      new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, started + durationMs * fraction - Date.now())),
      );
    const faultsDone = (async () => {
      if (faults.has("app")) {
        await sleepUntil(0.35);
        console.log("-- Restarting app server 1 (SIGTERM, then a new one on its port).");
        expectedExits.add(cluster.apps[0]!.child.pid);
        const result = await restartOneApp(recorder, cluster);
        watch(cluster.apps[0]!);
        faultResults.push(result);
        console.log(
          `-- App server 1 answered ready ${(result.outageMs / 1000).toFixed(1)} s after SIGTERM.`,
        );
      }
      if (pgFault) {
        await sleepUntil(0.65);
        console.log(`-- ${describePostgresFault(pgFault)}.`);
        const appOrigins = cluster.apps.map((app) => `http://127.0.0.1:${app.port}`);
        const result = await breakPostgres(recorder, appOrigins, pgFault);
        faultResults.push(result);
        console.log(
          `-- ${result.detail}; every app server answered ready ${(result.outageMs / 1000).toFixed(1)} s after it began.`,
        );
      }
    })();
    const traffic = await runTraffic(
      {
        origin,
        runId,
        fixtures,
        recorder,
        ledger,
        readers,
        writers,
        random: seededRandom(Number(values.seed)),
      },
      {
        rate,
        durationMs,
        reportEveryMs: reportSeconds * 1000,
        serverLine,
        log: (line) => console.log(line),
      },
    );
    await faultsDone;
    await drain(recorder, 30_000);
    serverLine();
    // Mail queued by the last sign-ups has a moment to leave before the count.
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    const checks = await withDatabase(databaseUrl, (client) => verifyLedger(client, ledger));
    const outcome = writeReport({
      dir,
      options: { minutes, rate, servers, faults: [...faults], maxErrorPercent },
      recorder,
      ledger,
      checks,
      faults: faultResults,
      memory,
      traffic,
      starvedComments: readers.starved,
      resolvedConflicts: writers.reduce((sum, writer) => sum + writer.resolvedConflicts, 0),
      mailsDelivered: sink.messages.length,
      unexpectedExits,
      lost: lostWrites(checks, ledger),
    });
    await shutDown();
    if (!outcome.passed) process.exit(1);
  } catch (error) {
    await shutDown();
    throw error;
  }
});
