/**
 * Where media files live, as one interface with two stores: a local folder
 * (lib/media/local-storage.ts, the default) and S3-compatible object storage
 * (lib/media/s3-storage.ts). Keys are relative, content-addressed paths such
 * as `images/ab/abcd….jpg`; nothing outside the stores sees a disk path or
 * an object name.
 */
export interface MediaStorage {
  /** Where the files are, without credentials: for logs, backups and errors. */
  readonly description: string;
  /** Stores a whole file; readers see the old state or the new one, never half a file. */
  put(key: string, data: Buffer): Promise<void>;
  /** Streams `[start, end]` (inclusive) or the whole file; null when missing. */
  read(key: string, range?: { start: number; end: number }): Promise<ReadableStream | null>;
  /** The file's length in bytes, or null when missing. */
  size(key: string): Promise<number | null>;
  /** Removes a file; a missing one is not an error. */
  remove(key: string): Promise<void>;
  /** Every stored file whose key starts with `prefix`, in no promised order. */
  list(prefix?: string): AsyncIterable<StoredFile>;
}

export interface StoredFile {
  key: string;
  size: number;
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9/_.-]*$/;

export function isValidMediaKey(key: string): boolean {
  return KEY_PATTERN.test(key) && !key.includes("..") && !key.includes("//");
}

const TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
  mp3: "audio/mpeg",
  opus: "audio/ogg",
  ogg: "audio/ogg",
};

/** The Content-Type of a key by its extension, or null for a kind we never serve. */
export function mediaContentType(key: string): string | null {
  return TYPES[key.split(".").pop() ?? ""] ?? null;
}

/**
 * The content hash in a stored file's key: originals are `<sha256>.<ext>`,
 * copies `<sha256>-w<width>.<ext>`, narration `audio/…/<sha256>.mp3`.
 */
export function contentHashOfKey(key: string): string | null {
  return (
    /^(?:images|audio)\/[0-9a-f]{2}\/([0-9a-f]{64})(?:-w\d+)?\.[a-z0-9]+$/.exec(key)?.[1] ?? null
  );
}

/** A stored file's whole content, or null when it is missing. */
export async function readWhole(storage: MediaStorage, key: string): Promise<Buffer | null> {
  const stream = await storage.read(key);
  if (!stream) return null;
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
