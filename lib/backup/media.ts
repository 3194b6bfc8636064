import { createHash } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { MediaStorage } from "@/lib/media/media-storage";
import { BackupError, type BackedUpFile } from "./manifest";

/** Files copied at once: object storage answers each with a round trip. */
const PARALLEL = 8;

async function eachInParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

/**
 * Copies every stored file not yet in `done` into `folder`, streamed to disk
 * and hashed on the way. Called before and after the database dump: rows
 * are written after their files, so every file a dumped row names is taken
 * by one pass or the other, even while staff upload.
 */
export async function copyMediaOut(
  storage: MediaStorage,
  folder: string,
  done: Map<string, BackedUpFile>,
): Promise<void> {
  const pending = [];
  for await (const file of storage.list()) if (!done.has(file.key)) pending.push(file.key);
  await eachInParallel(pending, async (key) => {
    const stream = await storage.read(key);
    // Removed since it was listed (a delete meanwhile): nothing to keep.
    if (!stream) return;
    const target = path.join(folder, key);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const hash = createHash("sha256");
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.byteLength;
        callback(null, chunk);
      },
    });
    await pipeline(
      Readable.fromWeb(stream as import("node:stream/web").ReadableStream),
      measure,
      fs.createWriteStream(target),
    );
    done.set(key, { key, size, sha256: hash.digest("hex") });
  });
}

/**
 * Puts backed-up files into a store. Each is checked against the manifest
 * before it is written. A file the store already holds at the same size is
 * skipped: keys are content hashes, so it is the same file.
 */
export async function copyMediaIn(
  storage: MediaStorage,
  folder: string,
  files: BackedUpFile[],
): Promise<{ written: number; skipped: number }> {
  let written = 0;
  let skipped = 0;
  await eachInParallel(files, async (file) => {
    if ((await storage.size(file.key)) === file.size) {
      skipped++;
      return;
    }
    const data = await fsp.readFile(path.join(folder, file.key)).catch(() => null);
    const sha256 = data ? createHash("sha256").update(data).digest("hex") : null;
    if (!data || data.byteLength !== file.size || sha256 !== file.sha256) {
      throw new BackupError(`The backup's copy of ${file.key} is missing or damaged.`);
    }
    await storage.put(file.key, data);
    written++;
  });
  return { written, skipped };
}

/** Every file of a store with its checksum: what a restore is compared with. */
export async function checksumStore(storage: MediaStorage): Promise<BackedUpFile[]> {
  const files: BackedUpFile[] = [];
  for await (const { key } of storage.list()) {
    const stream = await storage.read(key);
    if (!stream) continue;
    const hash = createHash("sha256");
    let size = 0;
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      size += chunk.byteLength;
    }
    files.push({ key, size, sha256: hash.digest("hex") });
  }
  return files.sort((a, b) => a.key.localeCompare(b.key));
}
