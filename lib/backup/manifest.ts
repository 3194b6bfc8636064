import { createHash } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/**
 * What a backup folder holds, written last: a folder without a manifest is
 * an interrupted backup, never restored. Checksums let a restore refuse a
 * damaged copy before it writes anything.
 */
const fileSchema = z.object({ key: z.string(), size: z.number().int(), sha256: z.string() });

export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  database: z.object({
    kind: z.enum(["postgres", "pglite"]),
    /** Where it came from, without credentials. */
    source: z.string(),
    file: z.string(),
    bytes: z.number().int(),
    sha256: z.string(),
    /** Rows per table, counted in the same snapshot as the dump. */
    rowCounts: z.record(z.string(), z.number().int()),
  }),
  media: z.object({
    source: z.string(),
    folder: z.string(),
    bytes: z.number().int(),
    files: z.array(fileSchema),
  }),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackedUpFile = z.infer<typeof fileSchema>;

export const MANIFEST_FILE = "manifest.json";

export async function writeManifest(folder: string, manifest: BackupManifest): Promise<void> {
  const file = path.join(folder, MANIFEST_FILE);
  await fsp.writeFile(`${file}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  await fsp.rename(`${file}.tmp`, file);
}

export class BackupError extends Error {}

export async function readManifest(folder: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await fsp.readFile(path.join(folder, MANIFEST_FILE), "utf8");
  } catch {
    throw new BackupError(
      `${folder} has no ${MANIFEST_FILE}: not a backup, or one that did not finish.`,
    );
  }
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new BackupError(`${folder}/${MANIFEST_FILE} is not a backup manifest.`);
  return parsed.data;
}

/** SHA-256 and length of a file, read as a stream. */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.byteLength;
  }
  return { sha256: hash.digest("hex"), bytes };
}

/** A folder name that sorts by time: newsroom-2026-12-06T18-30-05Z. */
export function backupFolderName(now: Date): string {
  return `newsroom-${now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-")}`;
}
