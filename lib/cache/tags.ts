/**
 * Cache tags: the one vocabulary for what a cached value, page or edge
 * object shows. A change invalidates exactly the tags of what it changed
 * (lib/cache/invalidate.ts), so pages that show something else stay cached.
 *
 * An entity's own tag (`section:<id>`) is apart from the tag of the list of
 * stories it heads (`list:section:<id>`): an article page shows its
 * section's name and must change when the section is renamed, not each time
 * another story is published in it.
 */
export const tags = {
  /** One article: its page, and every card or link that shows it. */
  article: (id: string) => `article:${id}`,
  /** What a slug resolves to. */
  route: (slug: string) => `route:${slug}`,
  section: (id: string) => `section:${id}`,
  tag: (id: string) => `tag:${id}`,
  author: (id: string) => `author:${id}`,
  media: (id: string) => `media:${id}`,
  /** The stories of one section, tag or author, newest first. */
  sectionList: (id: string) => `list:section:${id}`,
  tagList: (id: string) => `list:tag:${id}`,
  authorList: (id: string) => `list:author:${id}`,
  /** An article's published comments and its comments setting. */
  comments: (articleId: string) => `comments:${articleId}`,
  /** A live blog's stream of updates: its pages, its update pages, its feed and fragment. */
  live: (articleId: string) => `live:${articleId}`,
  /** Every list of all stories: home, the News Feed, the feed rail, RSS. */
  feed: "feed",
  picks: "picks",
  popular: "popular",
  settings: "settings",
  /** The section navigation and the section list. */
  sections: "sections",
  authors: "authors",
  topics: "topics",
  /** Sitemaps and the Google News sitemap: every publish, unpublish or edit. */
  sitemap: "sitemap",
  /** The /corrections page: every correction, clarification or update note change. */
  corrections: "corrections",
  /** The newsletter list: sign-up forms on article pages, the footer and /newsletters. */
  newsletters: "newsletters",
  /** Everything listing narrations (the podcast feed). */
  narrations: "narrations",
} as const;

/**
 * The tag that every change to any story invalidates (see articleChangeTags):
 * where a page carries more tags than an edge accepts, this one stands in
 * for the story tags left out (lib/server/surrogate-keys.ts).
 */
export const OVERFLOW_TAG = tags.feed;

export interface ArticleChange {
  id: string;
  /** Every slug the article has had in this change (old and new). */
  slugs: string[];
  /** Sections, tags and authors before and after the change. */
  sectionIds: (string | null)[];
  tagIds: string[];
  authorIds: string[];
  /** The original it translates, whose page links to this one. */
  translationOfId?: string | null;
}

/**
 * What a publish, unpublish or edit of an article must refresh: the article
 * and its routes, every list it was or now is on, the rails and the
 * sitemaps. Not the pages of other articles in the same section or tag:
 * they show the section and tag themselves, not their lists.
 */
export function articleChangeTags(change: ArticleChange): string[] {
  return [
    ...new Set([
      tags.article(change.id),
      ...change.slugs.map(tags.route),
      tags.feed,
      tags.sitemap,
      tags.picks,
      tags.popular,
      ...change.sectionIds.flatMap((id) => (id ? [tags.sectionList(id)] : [])),
      ...change.tagIds.map(tags.tagList),
      ...change.authorIds.map(tags.authorList),
      ...(change.translationOfId ? [tags.article(change.translationOfId)] : []),
    ]),
  ];
}
