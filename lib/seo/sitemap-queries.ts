import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { isPublicArticle, publicArticleFilter, publicStoryFilter } from "@/lib/articles/rules";
import { mediaUrl } from "@/lib/articles/mappers";
import { db } from "@/lib/db";
import { ARTICLES_PER_SITEMAP, NEWS_SITEMAP_LIMIT, NEWS_WINDOW_MS } from "./sitemap-names";
import type { Edition } from "@/lib/i18n/editions";
import type { ArticleMonth, SitemapArticle, SitemapTerm } from "./dto";

const translationSelect = { slug: true, edition: true, status: true, publishedAt: true } as const;

/**
 * Reads behind the sitemaps. Each one is an index range or a handful of index
 * probes; none loads the archive: the month list is one aggregate in the
 * database, a month's file is a `publishedAt` range, tag and author files
 * probe the join tables' (id, publishedAt) indexes once per term.
 */

/**
 * The months with published stories, newest first, with their size and newest
 * change. Sizes and publication times come from an index-only scan of
 * ("type", "status", "publishedAt"); substantive updates, which move a
 * month's lastmod, are read apart, so that an index on
 * ("substantiveUpdatedAt", "publishedAt") would serve that part too.
 */
export async function listArticleMonths(now: Date = new Date()): Promise<ArticleMonth[]> {
  const [months, updates] = await Promise.all([
    db.$queryRaw<{ month: Date; count: bigint | number; newest: Date }[]>`
      SELECT date_trunc('month', a."publishedAt") AS month, count(*) AS count,
             max(a."publishedAt") AS newest
      FROM "Article" a
      WHERE a."status" = 'PUBLISHED' AND a."type" <> 'PAGE' AND a."publishedAt" <= ${now}
      GROUP BY 1`,
    // A live blog changes with each update (GREATEST skips the nulls).
    db.$queryRaw<{ month: Date; updated: Date }[]>`
      SELECT date_trunc('month', a."publishedAt") AS month,
             max(GREATEST(a."substantiveUpdatedAt", l."lastUpdateAt")) AS updated
      FROM "Article" a LEFT JOIN "LiveBlog" l ON l."articleId" = a."id"
      WHERE (a."substantiveUpdatedAt" IS NOT NULL OR l."lastUpdateAt" IS NOT NULL)
        AND a."status" = 'PUBLISHED' AND a."type" <> 'PAGE' AND a."publishedAt" <= ${now}
      GROUP BY 1`,
  ]);
  const updated = new Map(updates.map((row) => [row.month.getTime(), row.updated]));
  return months
    .map((row) => {
      const update = updated.get(row.month.getTime());
      return {
        year: row.month.getUTCFullYear(),
        month: row.month.getUTCMonth() + 1,
        count: Number(row.count),
        lastmod: update && update > row.newest ? update : row.newest,
      };
    })
    .sort((a, b) => b.year - a.year || b.month - a.month);
}

/** One part of one month's stories, newest first. */
export async function listMonthArticles(
  range: { start: Date; end: Date },
  part: number,
  now: Date = new Date(),
): Promise<SitemapArticle[]> {
  const rows = await db.article.findMany({
    where: {
      ...publicStoryFilter(now),
      publishedAt: { gte: range.start, lt: range.end < now ? range.end : now },
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (part - 1) * ARTICLES_PER_SITEMAP,
    take: ARTICLES_PER_SITEMAP,
    select: {
      slug: true,
      edition: true,
      publishedAt: true,
      substantiveUpdatedAt: true,
      translationOf: { select: translationSelect },
      translations: { select: translationSelect },
      heroImage: { select: { storageKey: true } },
      liveBlog: { select: { lastUpdateAt: true } },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    edition: row.edition,
    translations: [...(row.translationOf ? [row.translationOf] : []), ...row.translations]
      .filter((other) => other.edition !== row.edition && isPublicArticle(other, now))
      .map(({ slug, edition }) => ({ slug, edition })),
    // A live blog's page changes with its newest update.
    lastmod: latest(
      row.publishedAt,
      latest(row.substantiveUpdatedAt, row.liveBlog?.lastUpdateAt ?? null),
    ),
    image: row.heroImage ? mediaUrl(row.heroImage.storageKey) : null,
  }));
}

type TermTable = "tags" | "authors";

const TERM_SQL = {
  tags: { table: Prisma.sql`"Tag"`, join: Prisma.sql`"ArticleTag"`, key: Prisma.sql`"tagId"` },
  authors: {
    table: Prisma.sql`"Author"`,
    join: Prisma.sql`"ArticleAuthor"`,
    key: Prisma.sql`"authorId"`,
  },
} as const;

/**
 * The parts of the tag (or author) sitemaps, in order, each with its newest
 * change: the newest story on any of its terms' pages. Only terms with a
 * public story count (the others have no page worth listing), numbered the
 * way listTerms pages them.
 */
export async function listTermParts(
  kind: TermTable,
  perPart: number,
  now: Date = new Date(),
): Promise<{ part: number; lastmod: Date }[]> {
  const { table, join, key } = TERM_SQL[kind];
  const rows = await db.$queryRaw<{ part: bigint | number; lastmod: Date }[]>`
    SELECT numbered.part + 1 AS part, max(numbered.at) AS lastmod
    FROM (
      SELECT (row_number() OVER (ORDER BY t."slug") - 1) / ${perPart} AS part, newest.at
      FROM ${table} t
      CROSS JOIN LATERAL (
        SELECT max(j."publishedAt") AS at FROM ${join} j
        WHERE j.${key} = t."id" AND j."publishedAt" <= ${now}
      ) newest
      WHERE newest.at IS NOT NULL
    ) numbered
    GROUP BY numbered.part
    ORDER BY numbered.part`;
  return rows.map((row) => ({ part: Number(row.part), lastmod: row.lastmod }));
}

/** One part of the tags (or authors) with a public story, by slug. */
export async function listTerms(
  kind: TermTable,
  part: number,
  perPart: number,
  now: Date = new Date(),
): Promise<SitemapTerm[]> {
  const { table, join, key } = TERM_SQL[kind];
  // The join tables mirror `publishedAt` only while an article is published,
  // and their (term, publishedAt DESC) index answers max() with one probe.
  return db.$queryRaw<SitemapTerm[]>`
    SELECT t."slug", newest.at AS lastmod
    FROM ${table} t
    CROSS JOIN LATERAL (
      SELECT max(j."publishedAt") AS at FROM ${join} j
      WHERE j.${key} = t."id" AND j."publishedAt" <= ${now}
    ) newest
    WHERE newest.at IS NOT NULL
    ORDER BY t."slug"
    LIMIT ${perPart} OFFSET ${(part - 1) * perPart}`;
}

/** Every section with the time of its newest story (null when it has none yet). */
export async function listSitemapSections(
  now: Date = new Date(),
): Promise<{ slug: string; edition: Edition; lastmod: Date | null }[]> {
  return db.$queryRaw<{ slug: string; edition: Edition; lastmod: Date | null }[]>`
    SELECT s."slug", s."edition"::text AS edition, newest.at AS lastmod
    FROM "Section" s
    CROSS JOIN LATERAL (
      SELECT a."publishedAt" AS at FROM "Article" a
      WHERE a."sectionId" = s."id" AND a."status" = 'PUBLISHED' AND a."publishedAt" <= ${now}
      ORDER BY a."publishedAt" DESC LIMIT 1
    ) newest
    ORDER BY s."edition", s."position", s."slug"`;
}

/** Published static pages (articles of type PAGE). */
export async function listSitemapPages(
  now: Date = new Date(),
): Promise<{ slug: string; lastmod: Date }[]> {
  const rows = await db.article.findMany({
    where: { ...publicArticleFilter(now), type: "PAGE" },
    orderBy: { slug: "asc" },
    select: { slug: true, publishedAt: true, substantiveUpdatedAt: true },
  });
  return rows.map((row) => ({
    slug: row.slug,
    lastmod: latest(row.publishedAt, row.substantiveUpdatedAt),
  }));
}

/** When an edition's newest story was published: its home page's and News Feed's last change. */
export async function getNewestPublication(
  now: Date = new Date(),
  edition: Edition = "en",
): Promise<Date | null> {
  const row = await db.article.findFirst({
    where: { ...publicStoryFilter(now), edition },
    orderBy: { publishedAt: "desc" },
    select: { publishedAt: true },
  });
  return row?.publishedAt ?? null;
}

/**
 * Stories of the last 48 hours for Google News, newest first, and live
 * blogs for as long as they are live, however long ago they started.
 */
export async function listNewsArticles(
  now: Date = new Date(),
  edition: Edition = "en",
): Promise<{ slug: string; title: string; publishedAt: Date }[]> {
  const rows = await db.article.findMany({
    where: {
      ...publicStoryFilter(now),
      edition,
      OR: [
        { publishedAt: { gte: new Date(now.getTime() - NEWS_WINDOW_MS), lte: now } },
        // Live until ended; one not yet touched on the desk has no row yet.
        {
          type: "LIVE_BLOG",
          OR: [{ liveBlog: { is: null } }, { liveBlog: { is: { state: "LIVE" } } }],
        },
      ],
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: NEWS_SITEMAP_LIMIT,
    select: { slug: true, title: true, publishedAt: true },
  });
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt ?? now }));
}

function latest(publishedAt: Date | null, updatedAt: Date | null): Date {
  const published = publishedAt ?? new Date(0);
  return updatedAt && updatedAt > published ? updatedAt : published;
}
