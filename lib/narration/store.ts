import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { invalidate } from "@/lib/cache/invalidate";
import { tags } from "@/lib/cache/tags";
import { removeUnusedFiles, lockContent } from "@/lib/media/stored-files";
import { mediaStorage } from "@/lib/media/storage";
import { NARRATION_MIME } from "./audio/mp3";

type Tx = Prisma.TransactionClient;

/** A stored narration file whose row is gone, to be removed after commit. */
export interface DroppedFile {
  sha256: string;
  keys: string[];
}

export function sha256Of(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

export function audioStorageKey(sha256: string): string {
  return `audio/${sha256.slice(0, 2)}/${sha256}.mp3`;
}

/**
 * Stores the MP3 as an audio Media row in the caller's transaction. Files are
 * content-addressed like images: the same bytes (eSpeak is deterministic, so
 * a regeneration of unchanged text gives them) share one row and one file.
 * The file is written under the content lock, so a removal of the same bytes
 * running meanwhile cannot take it away.
 */
export async function storeNarrationAudio(
  tx: Tx,
  audio: { mp3: Buffer; sha256: string; durationMs: number; title: string },
): Promise<string> {
  const { sha256 } = audio;
  await lockContent(tx, sha256);
  const existing = await tx.media.findUnique({ where: { sha256 }, select: { id: true } });
  if (existing) return existing.id;
  const key = audioStorageKey(sha256);
  await mediaStorage().put(key, audio.mp3);
  const created = await tx.media.create({
    data: {
      kind: "AUDIO",
      storageKey: key,
      mimeType: NARRATION_MIME,
      bytes: audio.mp3.byteLength,
      durationMs: audio.durationMs,
      sha256,
      caption: `Narration of “${audio.title}”`.slice(0, 1000),
    },
    select: { id: true },
  });
  return created.id;
}

/**
 * Deletes narration rows and then every audio Media row none of the
 * remaining narrations uses. Returns the files to remove once the
 * transaction has committed.
 */
export async function deleteNarrations(
  tx: Tx,
  where: Prisma.NarrationWhereInput,
): Promise<{ count: number; mediaIds: string[]; files: DroppedFile[] }> {
  const rows = await tx.narration.findMany({ where, select: { id: true, mediaId: true } });
  if (!rows.length) return { count: 0, mediaIds: [], files: [] };
  await tx.narration.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
  const mediaIds = [...new Set(rows.flatMap((row) => (row.mediaId ? [row.mediaId] : [])))];
  const files: DroppedFile[] = [];
  for (const id of mediaIds) {
    const file = await deleteIfUnused(tx, id);
    if (file) files.push(file);
  }
  return { count: rows.length, mediaIds, files };
}

/**
 * Deletes an audio row that no narration uses. The content lock comes first
 * and the check after it, so a narration attaching the same bytes in another
 * transaction (which holds that lock) is either seen or waited for.
 */
async function deleteIfUnused(tx: Tx, id: string): Promise<DroppedFile | null> {
  const row = await tx.media.findUnique({ where: { id }, select: { sha256: true } });
  if (!row) return null;
  await lockContent(tx, row.sha256);
  const media = await tx.media.findFirst({
    where: { id, kind: "AUDIO", narrations: { none: {} } },
    select: { sha256: true, storageKey: true },
  });
  if (!media) return null;
  await tx.media.delete({ where: { id }, select: { id: true } });
  return { sha256: media.sha256, keys: [media.storageKey] };
}

/** After commit: the files of deleted audio rows (a file still in use is kept). */
export async function removeDroppedFiles(files: DroppedFile[]): Promise<void> {
  for (const file of files) {
    await removeUnusedFiles(file.sha256, file.keys).catch((error: unknown) => {
      console.error(`[narration] could not remove ${file.keys.join(", ")}: ${String(error)}`);
    });
  }
}

/**
 * Audio rows no narration uses any more (an article deleted with its
 * narrations, a crash between steps), older than an hour so a row being
 * attached right now is never taken. A few per run.
 */
export async function sweepOrphanAudio(
  db: { $transaction: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>; media: Tx["media"] },
  now: Date,
): Promise<number> {
  const orphans = await db.media.findMany({
    where: {
      kind: "AUDIO",
      narrations: { none: {} },
      createdAt: { lt: new Date(now.getTime() - 3_600_000) },
    },
    select: { id: true },
    take: 20,
  });
  let removed = 0;
  for (const orphan of orphans) {
    const file = await db.$transaction(async (tx) => {
      const dropped = await deleteIfUnused(tx, orphan.id);
      // An edge may still hold the MP3 under its purge key.
      if (dropped) await invalidate(tx, [tags.media(orphan.id)]);
      return dropped;
    });
    if (!file) continue;
    removed++;
    await removeDroppedFiles([file]);
  }
  return removed;
}
