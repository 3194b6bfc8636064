import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { parseEnv } from "@/lib/env";

/**
 * Where media files live. Local disk by default; an object store implements
 * the same four calls. Keys are relative paths such as `images/ab/abcd….jpg`.
 */
export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>;
  /** Reads `[start, end]` (inclusive) or the whole file; null when missing. */
  read(key: string, range?: { start: number; end: number }): Promise<ReadableStream | null>;
  size(key: string): Promise<number | null>;
  remove(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9/_.-]*$/;

export function isValidMediaKey(key: string): boolean {
  return KEY_PATTERN.test(key) && !key.includes("..") && !key.includes("//");
}

export class LocalDiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.file(key);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temp = `${file}.${process.pid}.tmp`;
    await fsp.writeFile(temp, data);
    await fsp.rename(temp, file);
  }

  async read(key: string, range?: { start: number; end: number }): Promise<ReadableStream | null> {
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(this.file(key), "r");
    } catch {
      return null;
    }
    // Opened first, so a file removed meanwhile is a clean "missing"; the web
    // stream keeps Node's backpressure, so slow readers do not fill memory.
    const stream = handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    return Readable.toWeb(stream) as ReadableStream;
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await fsp.stat(this.file(key))).size;
    } catch {
      return null;
    }
  }

  async remove(key: string): Promise<void> {
    await fsp.rm(this.file(key), { force: true });
  }
}

let storage: MediaStorage | undefined;

export function mediaStorage(): MediaStorage {
  storage ??= new LocalDiskStorage(path.resolve(parseEnv().MEDIA_DIR));
  return storage;
}
