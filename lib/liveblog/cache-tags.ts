import { articleChangeTags, tags, type ArticleChange } from "@/lib/cache/tags";

/**
 * What a change to a live blog refreshes. An update (posted, edited,
 * pinned, deleted or published by the scheduler) touches the live page,
 * its older pages, its update pages, its feed and the open pages' fragment,
 * all tagged `live:<id>`, and the sitemaps whose lastmod follows the newest
 * update. Not `article:<id>`: the cards that list the story show neither
 * the updates nor their times, so they stay cached.
 */
export function liveUpdateChangeTags(articleId: string): string[] {
  return [tags.live(articleId), tags.sitemap];
}

/** The key developments: shown on the live page alone. */
export function keyPointsChangeTags(articleId: string): string[] {
  return [tags.live(articleId)];
}

/**
 * Live or ended: every card of the story wears or drops its LIVE badge, and
 * the news sitemap lists the story only while it is live, so everything a
 * change of the article itself refreshes, and the stream's fragment.
 */
export function liveStateChangeTags(change: ArticleChange): string[] {
  return [...new Set([...articleChangeTags(change), tags.live(change.id)])];
}
