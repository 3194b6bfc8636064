import "server-only";
import { cache } from "react";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Edition } from "@/lib/i18n/editions";
import { encodeCursor, type StoryCursor } from "./cursor";
import type { ArticleSummaryDto, StoryPage, StoryScope } from "./dto";
import { summarySelect, summaryTags, toSummary } from "./mappers";
import { isPublicStory, publicStoryFilter } from "./rules";

export const STORIES_PER_PAGE = 20;

function keyset(before: StoryCursor | null, idField: "id" | "articleId") {
  if (!before) return {};
  return {
    OR: [
      { publishedAt: { lt: before.publishedAt } },
      { publishedAt: before.publishedAt, [idField]: { lt: before.id } },
    ],
  };
}

/**
 * Published stories in a scope, newest first, one page at a time.
 *
 * Tag and author lists read the join table's own index (`publishedAt` there
 * mirrors the article's while it is published) instead of joining the whole
 * archive. Visibility is still checked on the rows that come back, so a stale
 * mirror can hide a story but never expose one.
 */
export const listStories = cache(
  (scope: StoryScope, before: StoryCursor | null, limit: number): Promise<StoryPage> => {
    const scopeKey =
      scope.kind === "all" ? `all:${scope.edition ?? "en"}` : `${scope.kind}:${scope.id}`;
    const key = `stories:${scopeKey}:${before ? encodeCursor(before) : "first"}:${limit}`;
    return cached(key, 5 * MINUTE, async () => {
      const { page, cardTags } = await loadStories(scope, before, limit);
      const scopeTag =
        scope.kind === "all"
          ? tags.feed
          : scope.kind === "section"
            ? tags.sectionList(scope.id)
            : scope.kind === "tag"
              ? tags.tagList(scope.id)
              : tags.authorList(scope.id);
      return {
        value: page,
        tags: [scopeTag, ...cardTags],
      };
    });
  },
);

async function loadStories(
  scope: StoryScope,
  before: StoryCursor | null,
  limit: number,
): Promise<{ page: StoryPage; cardTags: string[] }> {
  const now = new Date();
  const take = limit + 1;
  let rows: {
    id: string;
    publishedAt: Date | null;
    article: Parameters<typeof toSummary>[0] & { status: string };
  }[];

  if (scope.kind === "tag" || scope.kind === "author") {
    const where = { publishedAt: { lte: now }, ...keyset(before, "articleId") };
    const select = {
      articleId: true,
      publishedAt: true,
      article: { select: { ...summarySelect, status: true } },
    };
    const orderBy = [{ publishedAt: "desc" as const }, { articleId: "desc" as const }];
    const found =
      scope.kind === "tag"
        ? await db.articleTag.findMany({
            where: { tagId: scope.id, ...where },
            orderBy,
            take,
            select,
          })
        : await db.articleAuthor.findMany({
            where: { authorId: scope.id, ...where },
            orderBy,
            take,
            select,
          });
    rows = found.map((row) => ({
      id: row.articleId,
      publishedAt: row.publishedAt,
      article: row.article,
    }));
  } else {
    const found = await db.article.findMany({
      where: {
        ...publicStoryFilter(now),
        ...(scope.kind === "section"
          ? { sectionId: scope.id }
          : { edition: scope.edition ?? "en" }),
        AND: [keyset(before, "id")],
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take,
      select: { ...summarySelect, status: true },
    });
    rows = found.map((article) => ({
      id: article.id,
      publishedAt: article.publishedAt,
      article,
    }));
  }

  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const visible = shown.map((row) => row.article).filter((a) => isPublicStory(a, now));
  return {
    page: {
      stories: visible.map(toSummary),
      older:
        rows.length > limit && last?.publishedAt
          ? encodeCursor({ publishedAt: last.publishedAt, id: last.id })
          : null,
    },
    cardTags: visible.flatMap(summaryTags),
  };
}

/** The newest published stories of an edition. */
export async function getLatestArticles(
  limit = 20,
  edition: Edition = "en",
): Promise<ArticleSummaryDto[]> {
  return (await listStories({ kind: "all", edition }, null, limit)).stories;
}
