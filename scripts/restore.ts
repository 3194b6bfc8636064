/**
 * `npm run restore -- <backup folder>`: puts a backup made by `npm run
 * backup` back into the configured, empty database (DATABASE_URL, or a new
 * PGLITE_DATA_DIR) and media store (MEDIA_DIR or the MEDIA_S3_* bucket).
 * Every file is checked against the manifest before it is written, and the
 * restored row counts against the backup's. See docs/media.md.
 */
import { parseArgs } from "node:util";
import { restoreBackup } from "../lib/backup/backup";
import { BackupError } from "../lib/backup/manifest";
import { describeDatabase, readDatabaseConfig } from "../lib/db/config";
import { parseEnv } from "../lib/env";
import { createMediaStorage } from "../lib/media/storage";
import { runScript, ScriptError } from "./lib/run-script";

await runScript(async () => {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) {
    throw new ScriptError("Usage: npm run restore -- <backup folder>");
  }
  const database = readDatabaseConfig();
  const started = Date.now();
  try {
    const { manifest, written, skipped } = await restoreBackup({
      database,
      storage: createMediaStorage(parseEnv()),
      from: positionals[0]!,
      log: (line) => console.log(line),
    });
    console.log(
      `Restored the backup of ${manifest.createdAt} into ${describeDatabase(database)}: ` +
        `${written} media files written, ${skipped} already there, row counts match ` +
        `(${((Date.now() - started) / 1000).toFixed(1)} s). ` +
        "Run `npm run db:migrate` if this version of the site has newer migrations.",
    );
  } catch (error) {
    if (error instanceof BackupError) throw new ScriptError(error.message);
    throw error;
  }
  process.exit(0);
});
