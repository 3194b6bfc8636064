import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/manage/audit";
import { mediaStorage } from "./storage";

/**
 * Files are content-addressed, so a deleted image and a fresh upload of the
 * same bytes share storage keys. Every step that writes or removes the files
 * of one hash holds this transaction-scoped lock, on every app instance, so
 * a removal can never take away the files of a row created meanwhile.
 */
export async function lockContent(tx: Tx, sha256: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`media:${sha256}`}, 0))`;
}

/**
 * Removes the files of an image once no row refers to its hash any more
 * (the usual case after a delete, or after an upload that failed midway).
 * Runs after the row is gone; a missing file is not an error.
 */
export async function removeUnusedFiles(sha256: string, keys: string[]): Promise<void> {
  const storage = mediaStorage();
  await db.$transaction(
    async (tx) => {
      await lockContent(tx, sha256);
      const again = await tx.media.findUnique({ where: { sha256 }, select: { id: true } });
      if (again) return;
      for (const key of keys) await storage.remove(key);
    },
    { timeout: 60_000, maxWait: 15_000 },
  );
}
