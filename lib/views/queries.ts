import "server-only";
import { cache } from "react";
import type { ArticleSummaryDto } from "@/lib/articles/dto";
import { summarySelect, toSummary } from "@/lib/articles/mappers";
import { publicStoryFilter } from "@/lib/articles/rules";
import { cached } from "@/lib/cache/data-cache";
import { env } from "@/lib/env";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Edition } from "@/lib/i18n/editions";

const HOUR = 3_600_000;

async function topSince(
  since: Date,
  limit: number,
  edition: Edition,
): Promise<ArticleSummaryDto[]> {
  const totals = await db.viewCount.groupBy({
    by: ["articleId"],
    where: { hour: { gte: since }, article: { edition } },
    _sum: { views: true },
    orderBy: [{ _sum: { views: "desc" } }, { articleId: "asc" }],
    take: limit * 2,
  });
  if (!totals.length) return [];
  const rows = await db.article.findMany({
    where: { id: { in: totals.map((t) => t.articleId) }, ...publicStoryFilter() },
    select: summarySelect,
  });
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return totals.flatMap((t) => byId.get(t.articleId) ?? []).slice(0, limit);
}

/**
 * The most-read stories of the last 24 hours; when that day is quiet, the
 * last 7 days fill the list.
 */
export const getMostPopular = cache(
  (limit = 5, edition: Edition = "en"): Promise<ArticleSummaryDto[]> =>
    // Views arrive all the time; a short delay (a minute by default) is the
    // price of not re-ranking on every request.
    cached(`popular:${edition}:${limit}`, env().MOST_POPULAR_TTL_SECONDS * 1000, async () => {
      const value = await rankMostRead(limit, edition);
      return { value, tags: [tags.popular, ...value.map((a) => tags.article(a.id))] };
    }),
);

async function rankMostRead(limit: number, edition: Edition): Promise<ArticleSummaryDto[]> {
  const now = Date.now();
  const day = await topSince(new Date(now - 24 * HOUR), limit, edition);
  if (day.length >= limit) return day;
  const week = await topSince(new Date(now - 7 * 24 * HOUR), limit, edition);
  const ids = new Set(day.map((a) => a.id));
  return [...day, ...week.filter((a) => !ids.has(a.id))].slice(0, limit);
}
