/**
 * `npm run db:reset [-- --articles N] [--no-seed]`: wipes the configured
 * database, applies every migration and loads the demo newsroom. Local
 * databases only. Media files stay: they are stored by content hash, so the
 * seed finds its pictures already in place.
 */
import fs from "node:fs";
import { describeDatabase, isLocalDatabase, readDatabaseConfig } from "../lib/db/config";
import { lockDataDir } from "../lib/db/connection";
import { openCheckedConnection } from "../lib/db/open";
import { parseArticlesOption } from "./lib/args";
import { runScriptFile } from "./lib/processes";
import { runScript, ScriptError } from "./lib/run-script";

await runScript(async () => {
  const options = parseArticlesOption();
  const config = readDatabaseConfig();
  if (!isLocalDatabase(config)) {
    throw new ScriptError(
      "db:reset only wipes a local database (PGlite, or PostgreSQL on localhost).",
    );
  }
  const description = describeDatabase(config);
  if (config.kind === "postgres") {
    const connection = await openCheckedConnection();
    try {
      await connection.sql.exec("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    } finally {
      await connection.close();
    }
  } else if (!config.dataDir.startsWith("memory://")) {
    // Only the lock is taken, so even a damaged data folder can be reset.
    const release = lockDataDir(config.dataDir);
    fs.rmSync(config.dataDir, { recursive: true, force: true });
    release();
  }
  console.log(`Wiped ${description}.`);

  const script = options["no-seed"] ? "scripts/db-migrate.ts" : "scripts/db-seed.ts";
  const args = options.articles ? ["--articles", String(options.articles)] : [];
  runScriptFile(script, args);
});
