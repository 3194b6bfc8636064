import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { estimateTotal, type TotalKind } from "./limits";

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
 * then 6,000, then 20,000, then all. A window holding `limit` matches
 * contains the newest `limit` matches overall, since it holds every story
 * newer than its edge. Common words stop in the first window and rare ones
 * reach the last, where the bitmap is small. Two-word searches and phrases
 * (whose every match is rechecked against the story's vector) mostly stop
 * at 6,000. All windows are one statement (newestMatchesCte).
 */
export const SEARCH_WINDOWS = [2_000, 6_000, 20_000] as const;

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

let archive: { at: number; size: number } | null = null;

/**
 * How many stories are published (every edition, as the windows count
 * them), for scaling a window's matches to the archive; kept for ten
 * minutes like the edges.
 */
export async function archiveSize(client: QueryClient, now: Date): Promise<number> {
  if (archive && now.getTime() - archive.at < EDGE_TTL_MS) return archive.size;
  const [row] = await client.$queryRaw<{ size: number }[]>`
    SELECT count(*)::int AS "size" FROM "Article" a
    WHERE a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}`;
  archive = { at: now.getTime(), size: row?.size ?? 0 };
  return archive.size;
}

/** Forgets the windows' edges and the archive's size (tests that change the archive). */
export function forgetSearchWindows(): void {
  edges.clear();
  archive = null;
}

/** A window of the newest stories: its size, and the oldest story's time in it. */
export interface SearchWindow {
  size: number;
  edge: Date;
}

/**
 * The windows, narrowest first, up to the first that holds the whole
 * archive (it and any wider one are "everything").
 */
export async function searchWindows(
  client: QueryClient,
  now: Date,
  sizes: readonly number[] = SEARCH_WINDOWS,
): Promise<SearchWindow[]> {
  const found: SearchWindow[] = [];
  for (const size of sizes) {
    const edge = await windowEdge(client, size, now);
    if (!edge) break;
    found.push({ size, edge });
  }
  return found;
}

/**
 * A window is searched when the matches found so far, scaled to its size,
 * promise at least this share of `limit`. Matches are not spread evenly
 * over time, so it is a little below one; a wrong guess costs time only.
 */
const PROMISE = 0.8;

/**
 * A CTE list ending in `newest`: the newest `limit` stories that satisfy
 * `where` (which holds the text match), with their publication time.
 *
 * The windows are tried in one statement. Each window's matches are
 * gathered as a set (MATERIALIZED), so the planner uses the text index's
 * bitmap ANDed with the date index's instead of walking dates and reading
 * every story's vector on the way. A wider window is searched only when
 * every narrower one held fewer than `limit`, and when what they held,
 * scaled up, promises enough: a window that would fall short too is
 * skipped (one with a few dozen matches in 2,000 stories goes straight to
 * 20,000). Those conditions name no column, so PostgreSQL makes them
 * one-time filters and never starts a skipped window's scan. The last
 * window, everything, is searched when no narrower one held enough.
 */
export function newestMatchesCte(
  where: Prisma.Sql,
  limit: number,
  windows: readonly SearchWindow[],
) {
  const name = (i: number) => Prisma.raw(`w${i}`);
  const count = (i: number) => Prisma.raw(`(SELECT count(*) FROM w${i})`);
  const narrowerFell = (i: number) =>
    Array.from({ length: i }, (_, j) => Prisma.sql`${count(j)} < ${limit}`);
  const promised = (i: number) => {
    const scaled = Array.from({ length: i }, (_, j) =>
      Prisma.raw(`(SELECT count(*) FROM w${j}) * ${windows[i]!.size / windows[j]!.size}`),
    );
    return Prisma.sql`GREATEST(${Prisma.join(scaled, ", ")}) >= ${Prisma.raw(String(PROMISE * limit))}`;
  };
  const last = windows.length;
  const ctes = [...windows.map((window) => window.edge), null].map((edge, i) => {
    const since = edge ? Prisma.sql`AND a."publishedAt" >= ${edge}` : Prisma.empty;
    const gates = [...narrowerFell(i), ...(i && i < last ? [promised(i)] : [])];
    const gate = gates.length ? Prisma.sql`${Prisma.join(gates, " AND ")} AND` : Prisma.empty;
    return Prisma.sql`${name(i)} AS MATERIALIZED (
      SELECT a."id", a."publishedAt" FROM "Article" a WHERE ${gate} ${where} ${since}
    )`;
  });
  // Rows of the narrowest window that held enough; everything is searched
  // only when none did, so it is empty otherwise.
  const picks = ctes.map((_, i) =>
    i < last
      ? Prisma.sql`SELECT * FROM ${name(i)} WHERE ${count(i)} >= ${limit}`
      : Prisma.sql`SELECT * FROM ${name(i)}`,
  );
  return Prisma.sql`${Prisma.join(ctes, ",\n")},
    newest AS (
      SELECT m."id", m."publishedAt" FROM (${Prisma.join(picks, " UNION ALL ")}) m
      ORDER BY m."publishedAt" DESC, m."id" DESC
      LIMIT ${limit}
    )`;
}

/**
 * `SELECT columns` of the CTE `rows`, each row with columns `c0`…`cN`: the
 * matches each window of newestMatchesCte held (0 for one skipped), the
 * last for everything. `rows` is joined to a single row, so a statement
 * that finds nothing (no match, or a page past the last) still answers
 * with one row, of counts and nulls.
 */
export function selectWithWindowCounts(
  columns: Prisma.Sql,
  rows: Prisma.Sql,
  windows: readonly SearchWindow[],
): Prisma.Sql {
  const counts = Prisma.raw(
    Array.from(
      { length: windows.length + 1 },
      (_, i) => `(SELECT count(*) FROM w${i})::int AS "c${i}"`,
    ).join(", "),
  );
  return Prisma.sql`SELECT ${columns}, ${counts}
    FROM (SELECT 1) one LEFT JOIN ${rows} ON true`;
}

/** The total the windows' counts (selectWithWindowCounts) give: see estimateTotal. */
export function totalOfWindows(
  row: Record<string, unknown> | undefined,
  windows: readonly SearchWindow[],
  limit: number,
  archiveStories: number,
): { total: number; kind: TotalKind } {
  const counts = Array.from({ length: windows.length + 1 }, (_, i) => Number(row?.[`c${i}`] ?? 0));
  return estimateTotal(
    counts,
    windows.map((window) => window.size),
    limit,
    archiveStories,
  );
}

/**
 * Ids of the newest `limit` stories that satisfy `where`, newest first,
 * and the total the windows give.
 */
export async function newestMatches(
  client: QueryClient,
  where: Prisma.Sql,
  limit: number,
  now: Date,
  sizes: readonly number[] = SEARCH_WINDOWS,
): Promise<{ ids: string[]; total: { total: number; kind: TotalKind } }> {
  const windows = await searchWindows(client, now, sizes);
  const rows = await client.$queryRaw<({ id: string | null } & Record<string, unknown>)[]>`
    WITH ${newestMatchesCte(where, limit, windows)}
    ${selectWithWindowCounts(Prisma.sql`n."id"`, Prisma.sql`newest n`, windows)}
    ORDER BY n."publishedAt" DESC, n."id" DESC`;
  return {
    ids: rows.flatMap((row) => (row.id ? [row.id] : [])),
    total: totalOfWindows(rows[0], windows, limit, await archiveSize(client, now)),
  };
}
