/**
 * `npm run cluster [-- --servers 2 --port 8080]`: the production topology on
 * one machine, for trying it and for the topology tests. Needs DATABASE_URL
 * (PostgreSQL) and Varnish with vmod-xkey. Migrates and seeds an empty
 * database, builds if needed, then starts the app servers, the worker and
 * Varnish, and runs until stopped (Ctrl-C stops everything). A process that
 * dies is left dead, so failures can be watched: run files and
 * cluster.json (every process's pid and port) are in --dir.
 *
 * With --fresh it wipes the database first (test databases only).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { assertTestDatabase } from "../test/test-database";
import { ensureDatabase, startCluster } from "./lib/cluster";
import { buildNext, runScriptFile } from "./lib/processes";
import { runScript, ScriptError } from "./lib/run-script";

const { values } = parseArgs({
  options: {
    servers: { type: "string", default: "2" },
    port: { type: "string", default: "8080" },
    dir: { type: "string" },
    fresh: { type: "boolean", default: false },
    logs: { type: "string", default: "inherit" },
  },
});

await runScript(async () => {
  const servers = Number(values.servers);
  const port = Number(values.port);
  if (!Number.isInteger(servers) || servers < 1 || servers > 16) {
    throw new ScriptError("--servers takes a number from 1 to 16.");
  }
  const dir = values.dir ?? `.data/cluster-${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE_URL: `http://127.0.0.1:${port}`,
  };
  if (!env.DATABASE_URL) {
    throw new ScriptError(
      "npm run cluster needs DATABASE_URL (PostgreSQL): several processes cannot share the embedded database.",
    );
  }
  if (values.fresh) {
    assertTestDatabase(env);
    await ensureDatabase(env.DATABASE_URL);
    fs.rmSync(dir, { recursive: true, force: true });
    runScriptFile("scripts/db-reset.ts", ["--no-seed"], env);
  }
  fs.mkdirSync(dir, { recursive: true });
  runScriptFile("scripts/db-seed.ts", ["--if-empty"], {
    ...env,
    MEDIA_DIR: path.join(path.resolve(dir), "media"),
  });
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID")) || process.env.CLUSTER_BUILD !== "reuse") {
    buildNext(env);
  }

  const cluster = await startCluster({
    port,
    servers,
    dir,
    env,
    logs: values.logs === "files" ? "files" : "inherit",
  });
  console.log(
    `Varnish on ${cluster.origin}, app servers on ${cluster.apps.map((a) => a.port).join(", ")}, ` +
      `a worker; run files in ${dir}.`,
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void cluster.stop().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for (const entry of [
    ...cluster.apps,
    cluster.varnish,
    ...(cluster.worker ? [cluster.worker] : []),
  ]) {
    entry.child.on("exit", (code, signal) => {
      if (!stopping) console.error(`[cluster] ${entry.name} stopped (${signal ?? code})`);
    });
  }
});
