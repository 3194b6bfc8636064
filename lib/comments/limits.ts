import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { rateLimitStore } from "@/lib/auth/rate-limit";
import type { Tx } from "@/lib/manage/audit";

export const COMMENT_RATE_LIMITS = {
  windowMs: 10 * 60_000,
  /** New comments per reader per window. */
  postsPerReader: 5,
  /** New comments per network address per window, across readers. */
  postsPerAddress: 20,
  /** Edits and deletions per reader per window. */
  changesPerReader: 20,
} as const;

/** Counts a post; true when the reader or their address has done too many. */
export async function overPostLimit(readerId: string, address: string): Promise<boolean> {
  const store = rateLimitStore();
  const { windowMs } = COMMENT_RATE_LIMITS;
  const [byReader, byAddress] = await Promise.all([
    store.hit(`comments:post:reader:${readerId}`, windowMs),
    store.hit(`comments:post:address:${address || "unknown"}`, windowMs),
  ]);
  return (
    byReader > COMMENT_RATE_LIMITS.postsPerReader || byAddress > COMMENT_RATE_LIMITS.postsPerAddress
  );
}

export async function overChangeLimit(readerId: string): Promise<boolean> {
  const count = await rateLimitStore().hit(
    `comments:change:reader:${readerId}`,
    COMMENT_RATE_LIMITS.windowMs,
  );
  return count > COMMENT_RATE_LIMITS.changesPerReader;
}

/**
 * The address a comment came from, kept only as a keyed hash: moderators can
 * tell that two comments share an address without anyone learning it.
 */
export function hashAddress(address: string): string {
  if (!address) return "";
  return createHmac("sha256", authSecret())
    .update(`comment-address:${address}`)
    .digest("hex")
    .slice(0, 32);
}

/**
 * Locks the reader's row for the rest of the transaction and says whether
 * they may still act. A ban takes the same lock, so it cannot slip between
 * this check and the write; a reader's own parallel posts queue here too,
 * which keeps the duplicate check honest.
 */
export async function lockReader(
  tx: Tx,
  readerId: string,
): Promise<{ banned: boolean; createdAt: Date } | null> {
  const rows = await tx.$queryRaw<{ bannedAt: Date | null; createdAt: Date }[]>`
    SELECT "bannedAt", "createdAt" FROM "Reader" WHERE "id" = ${readerId} FOR UPDATE`;
  const row = rows[0];
  return row ? { banned: row.bannedAt !== null, createdAt: row.createdAt } : null;
}
