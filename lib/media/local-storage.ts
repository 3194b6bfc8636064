import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { isValidMediaKey, type MediaStorage, type StoredFile } from "./media-storage";

/** Media in a folder on this machine (MEDIA_DIR): the embedded default. */
export class LocalDiskStorage implements MediaStorage {
  readonly description: string;

  constructor(private readonly root: string) {
    const relative = path.relative(process.cwd(), root);
    this.description = `folder ${relative.startsWith("..") ? root : relative || "."}`;
  }

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
    const file = this.file(key);
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(file, "r");
    } catch {
      return null;
    }
    // Opened first, so a file removed meanwhile is a clean "missing"; the web
    // stream keeps Node's backpressure, so slow readers do not fill memory.
    const stream = handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    return Readable.toWeb(stream) as ReadableStream;
  }

  async size(key: string): Promise<number | null> {
    const file = this.file(key);
    try {
      const stat = await fsp.stat(file);
      return stat.isFile() ? stat.size : null;
    } catch {
      return null;
    }
  }

  async remove(key: string): Promise<void> {
    await fsp.rm(this.file(key), { force: true });
  }

  async *list(prefix = ""): AsyncIterable<StoredFile> {
    yield* this.walk("", prefix);
  }

  private async *walk(folder: string, prefix: string): AsyncIterable<StoredFile> {
    let entries;
    try {
      entries = await fsp.readdir(path.join(this.root, folder), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const key = folder ? `${folder}/${entry.name}` : entry.name;
      // Only folders that can hold keys with the prefix are entered.
      if (!(key.startsWith(prefix) || prefix.startsWith(`${key}/`))) continue;
      if (entry.isDirectory()) {
        yield* this.walk(key, prefix);
      } else if (entry.isFile() && !key.endsWith(".tmp") && isValidMediaKey(key)) {
        const size = await this.size(key);
        if (size !== null) yield { key, size };
      }
    }
  }
}
