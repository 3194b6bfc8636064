import "server-only";

/**
 * Search is the one reader page that queries the database on every request,
 * so a flood of searches must not take the database from everyone else:
 * - per address, at most `perAddressPerMinute` searches (proxy.ts answers
 *   429 beyond);
 * - per server, at most `concurrent` searches at once; the rest wait up to
 *   `waitMs` and are then told the search is busy, so database connections
 *   stay free for article pages;
 * - on PostgreSQL each search runs under `statementTimeoutMs`;
 * - the same query is answered from a short cache (lib/search/queries.ts).
 */
export const SEARCH_LIMITS = {
  perAddressPerMinute: 30,
  concurrent: 3,
  waitMs: 2_000,
  statementTimeoutMs: 2_000,
  cacheMs: 60_000,
} as const;

export class SearchBusyError extends Error {
  constructor() {
    super("Search is busy right now.");
  }
}

interface Slots {
  running: number;
  waiting: { resolve: () => void; timer: ReturnType<typeof setTimeout> }[];
}

const holder = globalThis as { newsroomSearchSlots?: Slots };
const slots = (holder.newsroomSearchSlots ??= { running: 0, waiting: [] });

/** Runs `work` once one of the search slots is free, or throws SearchBusyError. */
export async function withSearchSlot<T>(work: () => Promise<T>): Promise<T> {
  if (slots.running >= SEARCH_LIMITS.concurrent) {
    await new Promise<void>((resolve, reject) => {
      const entry = {
        resolve,
        timer: setTimeout(() => {
          slots.waiting.splice(slots.waiting.indexOf(entry), 1);
          reject(new SearchBusyError());
        }, SEARCH_LIMITS.waitMs),
      };
      slots.waiting.push(entry);
    });
  } else {
    slots.running++;
  }
  try {
    return await work();
  } finally {
    const next = slots.waiting.shift();
    if (next) {
      // The slot passes straight to the next in line.
      clearTimeout(next.timer);
      next.resolve();
    } else {
      slots.running--;
    }
  }
}
