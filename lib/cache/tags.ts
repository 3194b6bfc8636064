/**
 * Cache tags name what a cached value shows, so that a change refreshes
 * exactly the pages that show it and nothing else.
 */
export const tags = {
  article: (id: string) => `article:${id}`,
  route: (slug: string) => `route:${slug}`,
  section: (id: string) => `section:${id}`,
  tag: (id: string) => `tag:${id}`,
  author: (id: string) => `author:${id}`,
  media: (id: string) => `media:${id}`,
  /** Every list of all stories: home, News Feed, rails. */
  feed: "feed",
  picks: "picks",
  popular: "popular",
  settings: "settings",
  sections: "sections",
  authors: "authors",
  topics: "topics",
  /** Sitemaps and the Google News sitemap: every publish, unpublish or edit. */
  sitemap: "sitemap",
  /** The /corrections page: every correction, clarification or update note change. */
  corrections: "corrections",
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
}

/**
 * What a publish, unpublish or edit of an article must refresh: the article
 * and its routes, every list it was or now is on, the rails and the sitemaps.
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
      ...change.sectionIds.flatMap((id) => (id ? [tags.section(id)] : [])),
      ...change.tagIds.map(tags.tag),
      ...change.authorIds.map(tags.author),
    ]),
  ];
}
