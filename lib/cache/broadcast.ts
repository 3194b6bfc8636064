import { randomUUID } from "node:crypto";
import type { Connection } from "@/lib/db/connection";
import { applyInvalidation, setInvalidationPublisher } from "./data-cache";

/**
 * Cache invalidations between processes: each change's tags go out as a
 * PostgreSQL notification, and every server process applies what the others
 * send. A publish on one instance, or by `npm run jobs`, refreshes the pages
 * of every instance on their next request. (With the embedded database there
 * is one process, and this is merely a loop back to itself.)
 */
export const CACHE_CHANNEL = "newsroom_cache_tags";

/** PostgreSQL refuses payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7_000;

const origin = randomUUID();

interface Message {
  origin: string;
  tags: string[];
}

/** Splits tags into messages that each fit in one notification. */
export function cacheMessages(from: string, tags: readonly string[]): string[] {
  const messages: string[] = [];
  let chunk: string[] = [];
  const encode = (list: string[]) => JSON.stringify({ origin: from, tags: list } satisfies Message);
  for (const tag of tags) {
    if (chunk.length && Buffer.byteLength(encode([...chunk, tag])) > MAX_PAYLOAD_BYTES) {
      messages.push(encode(chunk));
      chunk = [];
    }
    chunk.push(tag);
  }
  if (chunk.length) messages.push(encode(chunk));
  return messages;
}

export function parseCacheMessage(payload: string): Message | null {
  try {
    const message = JSON.parse(payload) as Partial<Message>;
    if (typeof message.origin !== "string" || !Array.isArray(message.tags)) return null;
    return { origin: message.origin, tags: message.tags.filter((t) => typeof t === "string") };
  } catch {
    return null;
  }
}

type Log = (line: string) => void;

/**
 * Sends this process's invalidations to the others (for scripts such as
 * `npm run jobs`, which must `flush()` before closing the connection).
 */
export function publishCacheInvalidations(
  connection: Connection,
  log: Log = console.error,
): { flush: () => Promise<void> } {
  const sending = new Set<Promise<unknown>>();
  setInvalidationPublisher((tags) => {
    for (const payload of cacheMessages(origin, tags)) {
      const sent = connection.sql
        .query("SELECT pg_notify($1, $2)", [CACHE_CHANNEL, payload])
        .catch((error: Error) => log(`[cache] could not tell other servers: ${error.message}`))
        .finally(() => sending.delete(sent));
      sending.add(sent);
    }
  });
  return { flush: async () => void (await Promise.all([...sending])) };
}

/** Publishes this process's invalidations and applies everyone else's (for servers). */
export async function startCacheBroadcast(
  connection: Connection,
  log: Log = console.error,
): Promise<() => Promise<void>> {
  const stop = await connection.listen(CACHE_CHANNEL, (payload) => {
    const message = parseCacheMessage(payload);
    if (message && message.origin !== origin) applyInvalidation(message.tags);
  });
  publishCacheInvalidations(connection, log);
  return async () => {
    setInvalidationPublisher(null);
    await stop();
  };
}
