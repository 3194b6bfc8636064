import type { ArticleDocument } from "@/lib/documents/schema";
import type { ArticleStatus } from "@/lib/auth/permissions";
import type { Edition } from "@/lib/i18n/editions";

// Declared beside their code (the permission table, the cursor codec, the
// list-address parser), named here so components take every type from dto.
export type { ArticleStatus };
export type { StoryCursor } from "./cursor";
export type { EditorListFilters } from "./editor-list-params";

export type ArticleType =
  "NEWS" | "ANALYSIS" | "OPINION" | "EDITORIAL" | "FEATURE" | "PAGE" | "LIVE_BLOG";

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
  /** The edition it is published in; its address is under that edition. */
  edition: Edition;
  title: string;
  standfirst: string;
  type: ArticleType;
  section: { slug: string; name: string } | null;
  authors: BylineDto[];
  publishedAt: Date;
  hero: ImageDto | null;
  readingMinutes: number;
  /** A live blog whose coverage goes on: lists mark it LIVE. */
  live: boolean;
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
  /** The same story published in the other editions (the original or its translations). */
  translations: TranslationLinkDto[];
}

export interface TranslationLinkDto {
  edition: Edition;
  slug: string;
  title: string;
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

/** One article as the staff lists show it. */
export interface EditorArticleItem {
  id: string;
  slug: string;
  title: string;
  type: ArticleType;
  status: ArticleStatus;
  section: { slug: string; name: string } | null;
  /** Byline names, in byline order. */
  authors: string[];
  updatedAt: Date;
  /** Name of the staff member who saved it last, when known. */
  updatedBy: string | null;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  /** Scheduled, and its time has passed without it being published. */
  overdue: boolean;
  /**
   * Dashboard only: why the scheduler left an overdue article unpublished
   * (lib/scheduling/held.ts), when it said so.
   */
  heldBecause?: string[];
}

export interface DashboardPanel {
  items: EditorArticleItem[];
  /** Every matching article, not only the ones shown. */
  total: number;
}

export interface EditorDashboard {
  myDrafts: DashboardPanel;
  inReview: DashboardPanel;
  /** Soonest first, so overdue ones lead. */
  scheduled: DashboardPanel & { overdue: number };
  /** Stories only: static pages (About, Contacts) are not news that just went out. */
  recentlyPublished: DashboardPanel;
}

export interface EditorArticlePage {
  items: EditorArticleItem[];
  /** Matches, counted up to COUNT_CAP. */
  total: number;
  /** There are more than `total` matches. */
  totalIsCapped: boolean;
  page: number;
  /** Pages that can be reached (never more than MAX_EDITOR_PAGE). */
  pageCount: number;
}

export interface EditorListOptions {
  sections: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
}

/** Which public list of stories a page shows. */
export type StoryScope =
  | { kind: "all"; edition?: Edition }
  | { kind: "section"; id: string }
  | { kind: "tag"; id: string }
  | { kind: "author"; id: string };

export interface StoryPage {
  stories: ArticleSummaryDto[];
  /** Cursor for the next (older) page, or null on the last page. */
  older: string | null;
}
