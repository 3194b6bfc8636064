import "server-only";
import { cache } from "react";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { getPublishedArticle } from "./queries";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Edition } from "@/lib/i18n/editions";
import { getMostPopular } from "@/lib/views/queries";
import type { ArticleRailsDto, ArticleSummaryDto } from "./dto";
import { getLatestArticles, listStories } from "./lists";
import { summarySelect, summaryTags, toSummary } from "./mappers";
import { publicStoryFilter } from "./rules";

/** Stories the editors flagged, newest first. */
export const getEditorsPicks = cache(
  (limit = 5, edition: Edition = "en"): Promise<ArticleSummaryDto[]> =>
    cached(`picks:${edition}:${limit}`, 5 * MINUTE, async () => {
      const rows = await db.article.findMany({
        where: { ...publicStoryFilter(), editorsPick: true, edition },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: limit,
        select: summarySelect,
      });
      return {
        value: rows.map(toSummary),
        tags: [tags.picks, ...rows.flatMap(summaryTags)],
      };
    }),
);

/** Newest stories of a scope, leaving out the ones already on the page. */
async function latestExcept(
  scope: Parameters<typeof listStories>[0],
  exclude: string[],
  limit: number,
): Promise<ArticleSummaryDto[]> {
  const page = await listStories(scope, null, limit + exclude.length);
  return page.stories.filter((story) => !exclude.includes(story.id)).slice(0, limit);
}

/** "More news" under an article: the newest from its section (or everywhere). */
export async function getMoreNews(
  article: { id: string; sectionId: string | null; edition: Edition },
  limit = 4,
): Promise<ArticleSummaryDto[]> {
  const scope = article.sectionId
    ? { kind: "section" as const, id: article.sectionId }
    : { kind: "all" as const, edition: article.edition };
  return latestExcept(scope, [article.id], limit);
}

/** Related stories: the newest that share the article's first tag. */
export async function getRelatedStories(
  article: { id: string; tagIds: string[] },
  exclude: string[],
  limit = 4,
): Promise<ArticleSummaryDto[]> {
  const [tagId] = article.tagIds;
  if (!tagId) return [];
  return latestExcept({ kind: "tag", id: tagId }, [article.id, ...exclude], limit);
}

/**
 * The rails under an article, with the tags an edge purges them by: the
 * lists they come from and each story on them. (A renamed section or author
 * reaches them within their minute at the edge.) Null for anything but a
 * published story.
 */
export async function getArticleRails(
  id: string,
): Promise<{ value: ArticleRailsDto; tags: string[] } | null> {
  const article = await getPublishedArticle(id);
  if (!article || article.type === "PAGE") return null;
  const [moreNews, mostPopular, feed, editorsPicks] = await Promise.all([
    getMoreNews(article),
    getMostPopular(5, article.edition),
    getLatestArticles(6, article.edition),
    getEditorsPicks(5, article.edition),
  ]);
  const related = await getRelatedStories(
    { id: article.id, tagIds: article.tags.map((tag) => tag.id) },
    moreNews.map((story) => story.id),
  );
  const value: ArticleRailsDto = {
    related,
    moreNews,
    mostPopular,
    feed: feed.filter((story) => story.id !== article.id).slice(0, 5),
    editorsPicks: editorsPicks.filter((story) => story.id !== article.id),
  };
  const [firstTag] = article.tags;
  const shown = [...related, ...moreNews, ...mostPopular, ...value.feed, ...value.editorsPicks];
  return {
    value,
    tags: [
      ...new Set([
        tags.feed,
        tags.popular,
        tags.picks,
        ...(article.sectionId ? [tags.sectionList(article.sectionId)] : []),
        ...(firstTag ? [tags.tagList(firstTag.id)] : []),
        ...shown.map((story) => tags.article(story.id)),
      ]),
    ],
  };
}
