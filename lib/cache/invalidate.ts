import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { applyInvalidation } from "./data-cache";

/**
 * The one way a change refreshes what readers see: call
 *
 *   await invalidate(tx, [tags.article(id), ...]);
 *
 * inside the change's own transaction, with the tags (lib/cache/tags.ts) of
 * everything it changed. It records the tags in `CacheInvalidation` and
 * sends a PostgreSQL NOTIFY, both part of the transaction: they happen
 * exactly when the change commits, and never when it rolls back. Then:
 * - every app server drops its cached data and pages with those tags
 *   (lib/cache/listener.ts; a server that missed the notification finds
 *   the row by polling);
 * - the worker purges the tags at every edge (lib/edge/purge-queue.ts);
 * - this process drops them at once, before the commit, for the writer's
 *   next request; the commit's notification drops them again after it.
 *
 * Outside a transaction (a single write), pass the client: the row and the
 * notification then follow the write.
 */
export const INVALIDATION_CHANNEL = "newsroom_cache_tags";

/** PostgreSQL refuses payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_000;

type Client = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

export async function invalidate(client: Client, tagList: Iterable<string>): Promise<void> {
  const list = [...new Set(tagList)].filter(Boolean);
  if (!list.length) return;
  applyInvalidation(list);
  const purge = env().EDGE_PURGE_URLS.length ? "PENDING" : "NONE";
  const rows = await client.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "CacheInvalidation" ("tags", "purgeStatus")
    VALUES (${list}::text[], ${purge}::"PurgeStatus")
    RETURNING "id"`;
  const id = String(rows[0]?.id ?? "");
  await client.$executeRaw`SELECT pg_notify(${INVALIDATION_CHANNEL}, ${invalidationPayload(id, list)})`;
}

export interface InvalidationMessage {
  id: string;
  /** Null when the tags did not fit: read them from the row. */
  tags: string[] | null;
}

export function invalidationPayload(id: string, tags: readonly string[]): string {
  const full = JSON.stringify({ id, tags });
  return Buffer.byteLength(full) <= MAX_PAYLOAD_BYTES ? full : JSON.stringify({ id });
}

export function parseInvalidationPayload(payload: string): InvalidationMessage | null {
  try {
    const message = JSON.parse(payload) as { id?: unknown; tags?: unknown };
    if (typeof message.id !== "string" || !/^\d+$/.test(message.id)) return null;
    const tags = Array.isArray(message.tags)
      ? message.tags.filter((tag): tag is string => typeof tag === "string")
      : null;
    return { id: message.id, tags };
  } catch {
    return null;
  }
}
