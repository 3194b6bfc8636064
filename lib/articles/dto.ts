import type { ArticleDocument } from "@/lib/documents/schema";

export type ArticleType = "NEWS" | "ANALYSIS" | "OPINION" | "EDITORIAL" | "FEATURE" | "PAGE";

export interface ImageDto {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

export interface BylineDto {
  slug: string;
  name: string;
}

export interface AuthorProfileDto extends BylineDto {
  jobTitle: string;
  bio: string;
  links: { kind: string; url: string }[];
  avatar: ImageDto | null;
}

export interface ArticleSummaryDto {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  type: ArticleType;
  section: { slug: string; name: string } | null;
  authors: BylineDto[];
  publishedAt: Date;
  hero: ImageDto | null;
  readingMinutes: number;
}

export interface CorrectionDto {
  kind: "CORRECTION" | "CLARIFICATION" | "UPDATE";
  text: string;
  publishedAt: Date;
}

/** The article's audio version, "created with AI assistance" (lib/narration). */
export interface NarrationDto {
  /** Site-relative URL of the MP3 (served with ranges by /media/…). */
  url: string;
  type: string;
  /** Byte size, for the feed enclosure and the download link. */
  bytes: number;
  durationMs: number;
}

export interface ArticleDetailDto extends Omit<ArticleSummaryDto, "authors"> {
  body: ArticleDocument;
  sectionId: string | null;
  authors: AuthorProfileDto[];
  tags: { id: string; slug: string; name: string }[];
  substantiveUpdatedAt: Date | null;
  corrections: CorrectionDto[];
  seoTitle: string;
  seoDescription: string;
  /** Media and related articles the body refers to, keyed by id. */
  bodyMedia: Record<string, ImageDto>;
  relatedCards: Record<string, ArticleSummaryDto>;
  /**
   * The newest ready narration. After a substantive update the previous
   * audio stays until the new one is ready (seconds to minutes), rather than
   * the player vanishing meanwhile; it is replaced as soon as it is.
   */
  narration: NarrationDto | null;
}

/**
 * Everything under an article that changes with other stories: served apart
 * from the article's own cached page (app/fragments/rails/[id]).
 */
export interface ArticleRailsDto {
  related: ArticleSummaryDto[];
  moreNews: ArticleSummaryDto[];
  mostPopular: ArticleSummaryDto[];
  feed: ArticleSummaryDto[];
  editorsPicks: ArticleSummaryDto[];
}
