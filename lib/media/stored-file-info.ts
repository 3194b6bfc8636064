import "server-only";
import { cached } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { contentHashOfKey } from "./media-storage";
import { mediaStorage } from "./storage";

export interface StoredFileInfo {
  size: number;
  /** The library item the file belongs to (original, copy or narration), when known. */
  mediaId: string | null;
}

const HOUR = 3_600_000;

/**
 * What serving a file needs before its bytes: its length (for ranges and
 * Content-Length) and its library item (for the edge's purge key). Files
 * never change under a key, so this is kept in the data cache under the
 * item's tag, and a delete forgets it on every server. Unknown keys are
 * remembered as missing for a minute at most (any invalidation clears that).
 */
export function storedFileInfo(key: string): Promise<StoredFileInfo | null> {
  return cached(`media-file:${key}`, HOUR, async () => {
    const size = await mediaStorage().size(key);
    if (size === null) return { value: null, tags: [] };
    const sha256 = contentHashOfKey(key);
    if (!sha256) return { value: { size, mediaId: null }, tags: [] };
    try {
      const row = await db.media.findUnique({ where: { sha256 }, select: { id: true } });
      return {
        value: { size, mediaId: row?.id ?? null },
        tags: row ? [tags.media(row.id)] : [],
        // A file whose row is not there yet (an upload in progress) is asked again soon.
        ttlMs: row ? undefined : 10_000,
      };
    } catch (error) {
      // The file can be served without its purge key while the database is away.
      console.error(`[media] could not look up ${key}: ${String(error)}`);
      return { value: { size, mediaId: null }, tags: [], ttlMs: 5_000 };
    }
  });
}
