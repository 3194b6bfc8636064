/**
 * `npm run db:reset [-- --articles N] [--no-seed]`: wipes the configured
 * database, applies every migration and loads the demo newsroom. Local
 * databases only.
 */
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { isLocalDatabase, readDatabaseConfig } from "../lib/db/config";
import { openCheckedConnection } from "../lib/db/open";
import { parseEnv } from "../lib/env";
import { parseArticlesOption } from "./lib/args";
import { runScript, ScriptError } from "./lib/run-script";

await runScript(async () => {
  const options = parseArticlesOption();
  const config = readDatabaseConfig();
  if (!isLocalDatabase(config)) {
    throw new ScriptError(
      "db:reset only wipes a local database (PGlite, or PostgreSQL on localhost).",
    );
  }
  const connection = await openCheckedConnection();
  try {
    if (config.kind === "postgres") {
      await connection.sql.exec("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    }
  } finally {
    await connection.close();
  }
  if (config.kind === "pglite" && !config.dataDir.startsWith("memory://")) {
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  }
  fs.rmSync(path.resolve(parseEnv().MEDIA_DIR), { recursive: true, force: true });
  console.log(`Wiped ${connection.description}.`);

  const script = options["no-seed"] ? "scripts/db-migrate.ts" : "scripts/db-seed.ts";
  const args = options.articles ? ["--articles", String(options.articles)] : [];
  const run = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    stdio: "inherit",
  });
  process.exitCode = run.status ?? 1;
});
