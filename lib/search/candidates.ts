import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

type QueryClient = Pick<typeof db, "$queryRaw">;

/**
 * Search ranks the newest matches of a query (RANKED_CANDIDATES in
 * queries.ts), and finding them is most of a search's cost at scale.
 *
 * Neither plan PostgreSQL can pick for "the newest N matches" holds up
 * across word frequencies at 100,000 stories:
 * - walking the publication-date index and testing each story's text
 *   vector is fast for a word in a third of all stories, but for one in
 *   one story in twenty it reads thousands of vectors (about 40 ms);
 * - the text index's bitmap finds every match, then visits each one in the
 *   table: cheap for rare words, about 30 ms at one in twenty and over
 *   50 ms for a phrase, whose every match must be rechecked.
 *
 * So the search looks in widening windows of the newest stories: the text
 * index's bitmap ANDed with a date range over the newest 2,000 stories,
 * then 20,000, then all. A window holding `limit` matches contains the
 * newest `limit` matches overall, since it holds every story newer than
 * its edge. Common words stop in the first window and rare ones reach the
 * last, where the bitmap is small; each step costs a few milliseconds.
 */
export const SEARCH_WINDOWS = [2_000, 20_000] as const;

/** How long a window's edge is reused; a stale edge only widens it a little. */
const EDGE_TTL_MS = 10 * 60_000;

const edges = new Map<number, { at: number; edge: Date | null }>();

/**
 * The publication time of the `size`-th newest story, or null when there
 * are not that many (then the window is everything). Found through the
 * (status, publishedAt) index; kept for ten minutes.
 */
async function windowEdge(client: QueryClient, size: number, now: Date): Promise<Date | null> {
  const known = edges.get(size);
  if (known && now.getTime() - known.at < EDGE_TTL_MS) return known.edge;
  const [row] = await client.$queryRaw<{ publishedAt: Date }[]>`
    SELECT a."publishedAt" FROM "Article" a
    WHERE a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
    ORDER BY a."publishedAt" DESC
    OFFSET ${size - 1} LIMIT 1`;
  const edge = row?.publishedAt ?? null;
  edges.set(size, { at: now.getTime(), edge });
  return edge;
}

/** Forgets the windows' edges (tests that change the archive's size). */
export function forgetSearchWindows(): void {
  edges.clear();
}

/**
 * Ids of the newest `limit` stories that satisfy `where` (which holds the
 * text match), newest first.
 */
export async function newestMatches(
  client: QueryClient,
  where: Prisma.Sql,
  limit: number,
  now: Date,
  windows: readonly number[] = SEARCH_WINDOWS,
): Promise<string[]> {
  for (const size of windows) {
    const edge = await windowEdge(client, size, now);
    // Fewer stories than the window: the next windows are everything too.
    if (!edge) break;
    const ids = await matchesSince(client, where, limit, edge);
    if (ids.length >= limit) return ids;
  }
  return matchesSince(client, where, limit, null);
}

/**
 * The matches are gathered as a set first (MATERIALIZED), so the planner
 * uses the text index's bitmap (with the date index's, within a window)
 * instead of walking dates and reading every story's vector on the way.
 */
async function matchesSince(
  client: QueryClient,
  where: Prisma.Sql,
  limit: number,
  edge: Date | null,
): Promise<string[]> {
  const since = edge ? Prisma.sql`AND a."publishedAt" >= ${edge}` : Prisma.empty;
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH matches AS MATERIALIZED (
      SELECT a."id", a."publishedAt" FROM "Article" a WHERE ${where} ${since}
    )
    SELECT m."id" FROM matches m
    ORDER BY m."publishedAt" DESC, m."id" DESC
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}
