import "server-only";
import type { Connection } from "@/lib/db/connection";
import { applyInvalidation, forgetEverything } from "./data-cache";
import { INVALIDATION_CHANNEL, parseInvalidationPayload } from "./invalidate";

/**
 * How an app server hears of every change, its own and other processes'
 * (lib/cache/invalidate.ts writes them):
 * - at once, from the NOTIFY each change's transaction sends on commit;
 * - within POLL_MS, from the `CacheInvalidation` rows of the last few
 *   seconds, in case a notification was lost (PostgreSQL only: PGlite lives
 *   in this process and cannot lose one);
 * - after losing its database connection or failing to poll, by treating
 *   every cached value and page as stale, since rows older than the polling
 *   window may have been missed.
 * So no server serves a page older than a change for more than a second.
 */
export const POLL_MS = 500;
/** How far back each poll looks: longer than any delay between insert and commit. */
const POLL_WINDOW = "10 seconds";
/** Ids applied recently, so a change heard twice is applied once. */
const REMEMBER_MS = 30_000;

type Log = (line: string) => void;

export async function startInvalidationListener(
  connection: Connection,
  options: { pollMs?: number; log?: Log } = {},
): Promise<() => Promise<void>> {
  const log = options.log ?? console.error;
  const applied = new Map<string, number>();
  let stopped = false;

  const apply = (id: string, tags: readonly string[]) => {
    if (applied.has(id)) return;
    applied.set(id, Date.now());
    applyInvalidation(tags);
    if (applied.size > 1_000) {
      const cutoff = Date.now() - REMEMBER_MS;
      for (const [key, at] of applied) if (at < cutoff) applied.delete(key);
    }
  };

  const readRow = async (id: string) => {
    const [row] = await connection.sql.query<{ tags: string[] }>(
      `SELECT "tags" FROM "CacheInvalidation" WHERE "id" = $1`,
      [id],
    );
    if (row) apply(id, row.tags);
  };

  const stopListening = await connection.listen(
    INVALIDATION_CHANNEL,
    (payload) => {
      const message = parseInvalidationPayload(payload);
      if (!message) return;
      if (message.tags) apply(message.id, message.tags);
      else
        void readRow(message.id).catch((error: Error) =>
          log(`[cache] could not read invalidation ${message.id}: ${error.message}`),
        );
    },
    (again) => {
      if (!again) return;
      forgetEverything();
      log("[cache] listening again after losing the database: dropped every cached page");
    },
  );

  let timer: ReturnType<typeof setTimeout> | null = null;
  if (connection.config.kind === "postgres") {
    let failing = false;
    const poll = async () => {
      try {
        const rows = await connection.sql.query<{ id: string; tags: string[] }>(
          `SELECT "id"::text AS "id", "tags" FROM "CacheInvalidation"
           WHERE "createdAt" > clock_timestamp() - interval '${POLL_WINDOW}'
           ORDER BY "id"`,
        );
        if (failing) {
          // Changes older than the window may have gone by unseen.
          failing = false;
          forgetEverything();
          log("[cache] database back: dropped every cached page");
        }
        for (const row of rows) apply(row.id, row.tags);
      } catch {
        failing = true;
      }
      if (!stopped) timer = setTimeout(() => void poll(), options.pollMs ?? POLL_MS);
      timer?.unref();
    };
    await poll();
  }

  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await stopListening();
  };
}
