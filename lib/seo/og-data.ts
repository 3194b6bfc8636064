import "server-only";
import { getPublishedArticle } from "@/lib/articles/queries";
import { getAuthorBySlug } from "@/lib/authors/queries";
import { getSectionById } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/site/settings";
import { getTagBySlug } from "@/lib/tags/queries";
import { articleCardContent, type OgCardContent } from "./og-card-version";
import type { OgCardKind } from "./urls";

const KINDS = new Set<string>(["article", "section", "tag", "author", "site"]);

export function isOgCardKind(value: string): value is OgCardKind {
  return KINDS.has(value);
}

/**
 * What the card of a public page shows, read through the same cached queries
 * as the page (so a card exists only for what a reader may see), or null.
 * Must agree with what lib/seo/metadata.ts hashes into the card's URL.
 */
export async function getCardContent(kind: OgCardKind, key: string): Promise<OgCardContent | null> {
  const site = await getSiteSettings();
  const plain = (kicker: string, title: string): OgCardContent => ({
    kicker,
    title,
    siteName: site.name,
    image: null,
  });
  switch (kind) {
    case "article": {
      const article = await getPublishedArticle(key);
      return article ? articleCardContent(article, site.name) : null;
    }
    case "section": {
      const section = await getSectionById(key);
      return section ? plain("Section", section.name) : null;
    }
    case "tag": {
      const tag = await getTagBySlug(key);
      return tag ? plain("Topic", tag.name) : null;
    }
    case "author": {
      const author = await getAuthorBySlug(key);
      return author ? plain(author.jobTitle || "Author", author.name) : null;
    }
    case "site":
      if (key === "home") return plain(site.tagline, site.name);
      if (key === "news-feed") return plain("Live", "News Feed");
      if (key === "corrections") return plain("Standards", "Corrections");
      return null;
  }
}
