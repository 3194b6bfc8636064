import fsp from "node:fs/promises";
import path from "node:path";
import { describeDatabase, type DatabaseConfig } from "@/lib/db/config";
import type { MediaStorage } from "@/lib/media/media-storage";
import {
  assertDumpable,
  assertEmptyDatabase,
  dumpDatabase,
  dumpFileName,
  restoreDatabase,
} from "./database";
import {
  BackupError,
  backupFolderName,
  hashFile,
  readManifest,
  writeManifest,
  type BackedUpFile,
  type BackupManifest,
} from "./manifest";
import { copyMediaIn, copyMediaOut } from "./media";

interface Target {
  database: DatabaseConfig;
  storage: MediaStorage;
  log?: (line: string) => void;
}

const MEDIA_FOLDER = "media";

/**
 * One timestamped folder with the database and every media file, and a
 * manifest (written last) with row counts and checksums. Media are copied
 * before and after the dump, so the files of every row in the dump are in it.
 */
export async function createBackup(
  target: Target & { into: string; now?: Date },
): Promise<{ folder: string; manifest: BackupManifest }> {
  const log = target.log ?? (() => {});
  const createdAt = target.now ?? new Date();
  const folder = path.resolve(target.into, backupFolderName(createdAt));
  await assertDumpable(target.database);
  await fsp.mkdir(path.join(folder, MEDIA_FOLDER), { recursive: true });
  try {
    const manifest = await fillBackup(target, folder, createdAt, log);
    return { folder, manifest };
  } catch (error) {
    // Half a backup is worse than none: it could be mistaken for one.
    await fsp.rm(folder, { recursive: true, force: true });
    throw error;
  }
}

async function fillBackup(
  target: Target,
  folder: string,
  createdAt: Date,
  log: (line: string) => void,
): Promise<BackupManifest> {
  const copied = new Map<string, BackedUpFile>();
  log(`Copying media from ${target.storage.description}…`);
  await copyMediaOut(target.storage, path.join(folder, MEDIA_FOLDER), copied);

  log(`Dumping ${describeDatabase(target.database)}…`);
  const file = dumpFileName(target.database);
  const rowCounts = await dumpDatabase(target.database, path.join(folder, file));
  const dump = await hashFile(path.join(folder, file));

  // Files uploaded while the database was dumped.
  await copyMediaOut(target.storage, path.join(folder, MEDIA_FOLDER), copied);
  const files = [...copied.values()].sort((a, b) => a.key.localeCompare(b.key));

  const manifest: BackupManifest = {
    format: 1,
    createdAt: createdAt.toISOString(),
    database: {
      kind: target.database.kind,
      source: describeDatabase(target.database),
      file,
      bytes: dump.bytes,
      sha256: dump.sha256,
      rowCounts,
    },
    media: {
      source: target.storage.description,
      folder: MEDIA_FOLDER,
      bytes: files.reduce((sum, entry) => sum + entry.size, 0),
      files,
    },
  };
  await writeManifest(folder, manifest);
  return manifest;
}

/**
 * Puts a backup back: media first (checked file by file against the
 * manifest), then the database, so no restored row points at a missing
 * file. The database must be empty; the row counts must come out as they
 * went in.
 */
export async function restoreBackup(
  target: Target & { from: string },
): Promise<{ manifest: BackupManifest; written: number; skipped: number }> {
  const log = target.log ?? (() => {});
  const folder = path.resolve(target.from);
  const manifest = await readManifest(folder);
  if (manifest.database.kind !== target.database.kind) {
    const names = { postgres: "PostgreSQL", pglite: "the embedded database (PGlite)" };
    throw new BackupError(
      `This backup is of ${names[manifest.database.kind]}; it cannot be restored into ${names[target.database.kind]}.`,
    );
  }
  const dumpFile = path.join(folder, manifest.database.file);
  const dump = await hashFile(dumpFile).catch(() => null);
  if (!dump || dump.sha256 !== manifest.database.sha256) {
    throw new BackupError(`The backup's ${manifest.database.file} is missing or damaged.`);
  }

  await assertEmptyDatabase(target.database);

  log(`Copying ${manifest.media.files.length} media files to ${target.storage.description}…`);
  const media = await copyMediaIn(
    target.storage,
    path.join(folder, manifest.media.folder),
    manifest.media.files,
  );

  log(`Restoring the database into ${describeDatabase(target.database)}…`);
  const counts = await restoreDatabase(target.database, dumpFile);
  const differing = Object.keys({ ...manifest.database.rowCounts, ...counts }).filter(
    (table) => manifest.database.rowCounts[table] !== counts[table],
  );
  if (differing.length) {
    throw new BackupError(
      `The restored database differs from the backup in ${differing
        .map(
          (table) =>
            `${table} (${counts[table] ?? 0} rows, expected ${manifest.database.rowCounts[table] ?? 0})`,
        )
        .join(", ")}.`,
    );
  }
  return { manifest, ...media };
}
