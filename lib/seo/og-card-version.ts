import type { ArticleDetailDto } from "@/lib/articles/dto";
import { TYPE_LABELS } from "@/lib/articles/labels";
import { paths, type OgCardKind } from "./urls";

/** Open Graph's preferred card size. */
export const OG_CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a generated card draws; its hash is the card URL's version. */
export interface OgCardContent {
  kicker: string;
  title: string;
  siteName: string;
  /** A stored image (`/media/…`) drawn beside the title, or none. */
  image: string | null;
}

/**
 * A short, stable hash (FNV-1a, 32 bits) of what the card shows. Social
 * networks keep a card by its URL for days; a new headline or picture gives
 * a new URL, so they fetch the new card instead of showing the old one.
 */
export function cardVersion(content: OgCardContent): string {
  const text = [content.kicker, content.title, content.siteName, content.image ?? ""].join(
    "\u0000",
  );
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function articleCardContent(
  article: Pick<ArticleDetailDto, "title" | "type" | "section" | "hero">,
  siteName: string,
): OgCardContent {
  return {
    kicker: [article.section?.name, TYPE_LABELS[article.type]].filter(Boolean).join(" · "),
    title: article.title,
    siteName,
    image: article.hero?.src ?? null,
  };
}

export function articleCardPath(
  article: Pick<ArticleDetailDto, "id" | "title" | "type" | "section" | "hero">,
  siteName: string,
): string {
  return paths.ogCard("article", article.id, cardVersion(articleCardContent(article, siteName)));
}

/** The card of a section, tag, author or the site itself: a title and a kicker. */
export function plainCardPath(
  kind: Exclude<OgCardKind, "article">,
  key: string,
  content: Omit<OgCardContent, "image">,
): string {
  return paths.ogCard(kind, key, cardVersion({ ...content, image: null }));
}
