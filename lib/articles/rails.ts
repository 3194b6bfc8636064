import "server-only";
import { cache } from "react";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { ArticleSummaryDto } from "./dto";
import { listStories } from "./lists";
import { summarySelect, summaryTags, toSummary } from "./mappers";
import { publicStoryFilter } from "./rules";

/** Stories the editors flagged, newest first. */
export const getEditorsPicks = cache((limit = 5): Promise<ArticleSummaryDto[]> =>
  cached(`picks:${limit}`, 5 * MINUTE, async () => {
    const rows = await db.article.findMany({
      where: { ...publicStoryFilter(), editorsPick: true },
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
  article: { id: string; sectionId: string | null },
  limit = 4,
): Promise<ArticleSummaryDto[]> {
  const scope = article.sectionId
    ? { kind: "section" as const, id: article.sectionId }
    : { kind: "all" as const };
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
