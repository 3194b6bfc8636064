import "server-only";
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import { summarySelect, toSummary } from "@/lib/articles/mappers";
import { isPublicStory } from "@/lib/articles/rules";
import { startOfDayInZone } from "@/lib/dates/format";
import { cached } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { getDbInstance } from "@/lib/db/instance";
import {
  archiveSize,
  newestMatchesCte,
  searchWindows,
  selectWithWindowCounts,
  totalOfWindows,
  type SearchWindow,
} from "./candidates";
import { MATCH_END, MATCH_START } from "./highlight";
import { SEARCH_LIMITS, withSearchSlot } from "./guard";
import { RANKED_CANDIDATES, SEARCH_PAGE_SIZE, searchPages, type TotalKind } from "./limits";
import type { SearchParams } from "./params";
import type { SearchResult } from "./dto";
import type { Edition } from "@/lib/i18n/editions";
import { headlineConfigSql, searchQuerySql } from "./query-sql";

/** Stored and indexed; see the trigger "Article_search_vector". */
const SEARCH_VECTOR_SQL = Prisma.sql`a."searchVector"`;

/**
 * A search limited to dates is counted, up to this many ("more than
 * 1,000"); counting every match of a common word is wasted work.
 */
const COUNT_CAP = 1000;

/**
 * Ranked full-text search over published stories (PostgreSQL's own text
 * search, identical on PGlite). The query uses web-search syntax: words,
 * "quoted phrases", OR, and -excluded words.
 */
export const searchArticles = cache(
  async (
    params: SearchParams,
    timeZone: string,
    edition: Edition = "en",
  ): Promise<SearchResult> => {
    if (!params.q) return { hits: [], total: 0, totalKind: "exact", ...searchPages(0) };
    // The same search within a minute is answered from memory; a publish
    // (the "feed" tag) drops every cached answer.
    const key = `search:${edition}:${timeZone}:${JSON.stringify(params)}`;
    return cached(key, SEARCH_LIMITS.cacheMs, async () => ({
      value: await withSearchSlot(() => runSearch(params, timeZone, edition)),
      tags: [tags.feed],
    }));
  },
);

async function runSearch(
  params: SearchParams,
  timeZone: string,
  edition: Edition,
): Promise<SearchResult> {
  const [sectionId, authorId] = await Promise.all([
    params.section
      ? db.section
          .findUnique({ where: { slug: params.section }, select: { id: true } })
          .then((s) => s?.id ?? "")
      : null,
    params.author
      ? db.author
          .findUnique({ where: { slug: params.author }, select: { id: true } })
          .then((a) => a?.id ?? "")
      : null,
  ]);

  const now = new Date();
  const query = searchQuerySql(edition, params.q);
  const conditions = [
    Prisma.sql`${SEARCH_VECTOR_SQL} @@ ${query}`,
    Prisma.sql`a."status" = 'PUBLISHED'`,
    Prisma.sql`a."type" <> 'PAGE'`,
    Prisma.sql`a."publishedAt" <= ${now}`,
    Prisma.sql`a."edition" = ${edition}::"Edition"`,
  ];
  if (sectionId !== null) conditions.push(Prisma.sql`a."sectionId" = ${sectionId}`);
  if (authorId !== null) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleAuthor" aa WHERE aa."articleId" = a."id" AND aa."authorId" = ${authorId})`,
    );
  }
  if (params.from)
    conditions.push(Prisma.sql`a."publishedAt" >= ${startOfDayInZone(params.from, timeZone)}`);
  if (params.to) {
    const dayAfter = new Date(Date.parse(`${params.to}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    conditions.push(Prisma.sql`a."publishedAt" < ${startOfDayInZone(dayAfter, timeZone)}`);
  }
  const where = Prisma.join(conditions, " AND ");
  const offset = (params.page - 1) * SEARCH_PAGE_SIZE;

  // The total comes with the ranking: exact when the whole archive was
  // searched, else scaled from the window that held enough. A date range
  // covers only part of the archive, so the window's share cannot be scaled
  // to it: such a search is counted, beside the ranking, on a connection of
  // its own.
  const dated = Boolean(params.from || params.to);
  const [ranked, counted] = await Promise.all([
    withStatementTimeout([], async (client) => {
      const windows = await searchWindows(client, now);
      const rows = await rankPage(client, windows, where, query, params.sort, offset, edition);
      // A dated search keeps only an exact total (the whole archive was
      // searched); anything else is replaced by the count below, so its
      // estimate needs no archive size.
      const total = totalOfWindows(
        rows[0],
        windows,
        RANKED_CANDIDATES,
        dated ? 0 : await archiveSize(client, now),
      );
      return { rows: rows.flatMap((row) => (row.id ? [{ ...row, id: row.id }] : [])), total };
    }),
    // Counting stops at COUNT_CAP + 1, so the text index's bitmap (about
    // 1,000 rows visited) beats the scan PostgreSQL picks for a common
    // word, which reads the text vector of every story on its way there
    // (kyiv at 100,000 stories: 35 ms scanning, 12 ms by bitmap).
    dated
      ? withStatementTimeout(["enable_seqscan", "enable_indexscan"], async (client) => {
          const [row] = await client.$queryRaw<{ total: bigint | number }[]>`
            SELECT count(*) AS total FROM (
              SELECT 1 FROM "Article" a WHERE ${where} LIMIT ${COUNT_CAP + 1}
            ) capped`;
          return Number(row?.total ?? 0);
        })
      : null,
  ]);
  const { total, kind }: { total: number; kind: TotalKind } =
    ranked.total.kind === "exact" || counted === null
      ? ranked.total
      : { total: Math.min(counted, COUNT_CAP), kind: counted > COUNT_CAP ? "more-than" : "exact" };

  const articles = await db.article.findMany({
    where: { id: { in: ranked.rows.map((row) => row.id) } },
    select: { ...summarySelect, status: true },
  });
  const byId = new Map(
    articles.filter((a) => isPublicStory(a, now)).map((a) => [a.id, toSummary(a)]),
  );
  return {
    hits: ranked.rows.flatMap((row) => {
      const article = byId.get(row.id);
      return article ? [{ article, snippet: row.snippet }] : [];
    }),
    total,
    totalKind: kind,
    // An estimate comes from a window that held every ranked match, so
    // older ones lie beyond however it rounds.
    ...searchPages(kind === "about" ? Math.max(total, RANKED_CANDIDATES + 1) : total),
  };
}

type QueryClient = Pick<typeof db, "$queryRaw">;

/**
 * One page of the newest matches (newestMatchesCte), by relevance (or
 * date), with its snippets and every window's count (selectWithWindowCounts):
 * finding, ranking and counting are one statement, one round trip. There is
 * always one row: a page past the last match has a single row with no id.
 */
function rankPage(
  client: QueryClient,
  windows: readonly SearchWindow[],
  where: Prisma.Sql,
  query: Prisma.Sql,
  sort: SearchParams["sort"],
  offset: number,
  edition: Edition,
) {
  const rank =
    sort === "date" ? Prisma.sql`0` : Prisma.sql`ts_rank_cd(${SEARCH_VECTOR_SQL}, ${query})`;
  return client.$queryRaw<({ id: string | null; snippet: string } & Record<string, unknown>)[]>`
    WITH ${newestMatchesCte(where, RANKED_CANDIDATES, windows)},
    page AS (
      SELECT a."id", a."publishedAt", ${rank} AS rank
      FROM newest n JOIN "Article" a ON a."id" = n."id"
      ORDER BY rank DESC, a."publishedAt" DESC, a."id" DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    , hits AS (
      SELECT page."id", page.rank, page."publishedAt",
             ts_headline(${headlineConfigSql(edition)}, a."standfirst" || ' ' || a."searchText", ${query},
               ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=32, MinWords=16, MaxFragments=2, FragmentDelimiter=" … "`}) AS snippet
      FROM page JOIN "Article" a ON a."id" = page."id"
    )
    ${selectWithWindowCounts(Prisma.sql`hits."id", hits.snippet`, Prisma.sql`hits`, windows)}
    ORDER BY hits.rank DESC, hits."publishedAt" DESC, hits."id" DESC`;
}

/**
 * On PostgreSQL each of the search's two queries runs in a transaction of
 * its own under SEARCH_LIMITS.statementTimeoutMs, with any plan types it
 * turns off, all set by one statement (set_config's third argument makes
 * each last to the end of the transaction, as SET LOCAL does). PGlite runs
 * one statement at a time in this process and has no timer to cancel one;
 * there the slots and the cache are the protection.
 */
async function withStatementTimeout<T>(
  plansOff: readonly PlanType[],
  run: (client: QueryClient) => Promise<T>,
): Promise<T> {
  if (getDbInstance().connection.config.kind !== "postgres") return run(db);
  const timeout = String(Math.floor(SEARCH_LIMITS.statementTimeoutMs));
  const settings = [
    Prisma.sql`set_config('statement_timeout', ${timeout}, true)`,
    ...plansOff.map((name) => Prisma.sql`set_config(${name}, 'off', true)`),
  ];
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT ${Prisma.join(settings, ", ")}`;
    return run(tx);
  });
}

/** Plan types a search query may turn off for its own transaction. */
type PlanType = "enable_seqscan" | "enable_indexscan";
