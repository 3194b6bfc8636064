import type { ImageDto } from "@/lib/articles/dto";
import type { ArticleDocument } from "@/lib/documents/schema";
import type { Edition } from "@/lib/i18n/editions";

// Declared beside the structured-data builders, named here for components.
export type { JsonLdNode } from "./json-ld-serialize";
export type { SeoContext } from "./json-ld-site";

export interface ArticleMonth {
  year: number;
  month: number;
  count: number;
  lastmod: Date;
}

export interface SitemapArticle {
  slug: string;
  edition: Edition;
  /** Its public translations (or original), for hreflang alternates. */
  translations: { slug: string; edition: Edition }[];
  lastmod: Date;
  image: string | null;
}

export interface SitemapTerm {
  slug: string;
  /** When the newest story on the term's page was published. */
  lastmod: Date;
}

export interface FeedImageDto extends ImageDto {
  type: string;
}

/** A published story as a feed's item names it (the RSS feeds, the podcast). */
export interface FeedStoryDto {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: Date;
  authors: string[];
  section: string | null;
}

export interface FeedArticleDto extends FeedStoryDto {
  edition: Edition;
  tags: string[];
  hero: FeedImageDto | null;
  /** Present only when the feed carries full text. */
  body: ArticleDocument | null;
}
