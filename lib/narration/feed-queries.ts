import "server-only";
import { publicStoryFilter } from "@/lib/articles/rules";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { toNarration } from "./public";
import type { NarratedArticleDto } from "./dto";

export const PODCAST_ITEMS = 50;

/**
 * The newest published stories with a ready narration, newest story first.
 * Read from the narrations' side: few stories are narrated (the demo seeds
 * a handful of a hundred thousand), so this never walks the whole archive.
 */
export async function loadNarratedArticles(
  now: Date = new Date(),
): Promise<{ items: NarratedArticleDto[]; tags: string[] }> {
  const rows = await db.narration.findMany({
    where: { status: "READY", mediaId: { not: null }, article: publicStoryFilter(now) },
    orderBy: [{ article: { publishedAt: "desc" } }, { articleVersion: "desc" }],
    // A story may briefly have two ready narrations; one item per story.
    take: PODCAST_ITEMS * 2,
    select: {
      media: { select: { storageKey: true, mimeType: true, bytes: true, durationMs: true } },
      article: {
        select: {
          id: true,
          slug: true,
          title: true,
          standfirst: true,
          publishedAt: true,
          section: { select: { name: true } },
          authors: {
            orderBy: { position: "asc" },
            select: { author: { select: { id: true, name: true } } },
          },
        },
      },
    },
  });
  const seen = new Set<string>();
  const items: NarratedArticleDto[] = [];
  for (const row of rows) {
    const narration = toNarration(row.media);
    if (!narration || seen.has(row.article.id) || !row.article.publishedAt) continue;
    seen.add(row.article.id);
    items.push({
      id: row.article.id,
      slug: row.article.slug,
      title: row.article.title,
      standfirst: row.article.standfirst,
      publishedAt: row.article.publishedAt,
      authors: row.article.authors.map((a) => a.author.name),
      section: row.article.section?.name ?? null,
      narration,
    });
    if (items.length === PODCAST_ITEMS) break;
  }
  return {
    items,
    tags: [
      tags.narrations,
      tags.feed,
      tags.settings,
      ...items.map((item) => tags.article(item.id)),
      ...rows.flatMap((row) => row.article.authors.map((a) => tags.author(a.author.id))),
    ],
  };
}
