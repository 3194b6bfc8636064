/**
 * `npm run backup [-- --out <folder>]`: copies the database (pg_dump in its
 * custom format, or the embedded database's data folder) and every media
 * file (local folder or S3 bucket) into one timestamped folder under
 * <folder> (default BACKUP_DIR, else .data/backups) with a manifest of row
 * counts and checksums. The embedded database must not be in use: stop the
 * site first. See docs/media.md, "Backup and restore".
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackup } from "../lib/backup/backup";
import { BackupError } from "../lib/backup/manifest";
import { readDatabaseConfig } from "../lib/db/config";
import { parseEnv } from "../lib/env";
import { createMediaStorage } from "../lib/media/storage";
import { runScript, ScriptError } from "./lib/run-script";

await runScript(async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const into = values.out ?? process.env.BACKUP_DIR ?? ".data/backups";
  const started = Date.now();
  try {
    const { folder, manifest } = await createBackup({
      database: readDatabaseConfig(),
      storage: createMediaStorage(parseEnv()),
      into,
      log: (line) => console.log(line),
    });
    const rows = Object.values(manifest.database.rowCounts).reduce((sum, n) => sum + n, 0);
    const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1);
    console.log(
      `Backed up ${rows} rows (${megabytes(manifest.database.bytes)} MB) and ` +
        `${manifest.media.files.length} media files (${megabytes(manifest.media.bytes)} MB) ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s to ${path.relative(process.cwd(), folder)}`,
    );
  } catch (error) {
    if (error instanceof BackupError) throw new ScriptError(error.message);
    throw error;
  }
  // The S3 client keeps sockets open; the work is done.
  process.exit(0);
});
