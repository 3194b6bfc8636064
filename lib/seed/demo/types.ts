import type { ArticleDocument } from "../../documents/schema.ts";

/** The demo newsroom's content, produced by pure functions (see build-newsroom.ts). */

export type DemoArticleType = "NEWS" | "ANALYSIS" | "OPINION" | "EDITORIAL" | "FEATURE";

export interface DemoSection {
  slug: string;
  name: string;
  description: string;
}

export interface DemoTag {
  slug: string;
  name: string;
  description: string;
}

export interface DemoAuthorLink {
  kind: "x" | "bluesky" | "website" | "email" | "linkedin";
  url: string;
}

export interface DemoAuthor {
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
  links: DemoAuthorLink[];
  guest: boolean;
}

export type DemoMotif =
  | "city"
  | "field"
  | "river"
  | "night"
  | "smoke"
  | "portrait"
  | "snow"
  | "harbor"
  | "train"
  | "sunflower"
  | "rain"
  | "documents"
  | "wall";

export interface DemoImage {
  key: string;
  motif: DemoMotif;
  alt: string;
  caption: string;
  credit: string;
}

export interface DemoCorrection {
  kind: "CORRECTION" | "CLARIFICATION" | "UPDATE";
  text: string;
  publishedAt: Date;
}

export interface DemoArticle {
  slug: string;
  title: string;
  standfirst: string;
  type: DemoArticleType;
  sectionSlug: string;
  tagSlugs: string[];
  authorSlugs: string[];
  publishedAt: Date;
  substantiveUpdatedAt: Date | null;
  body: ArticleDocument;
  hero: DemoImage;
  /** Referenced in `body` as image nodes with `attrs.mediaId === \`demo:${image.key}\``. */
  bodyImages: DemoImage[];
  /** An older article's slug (higher index); the seeder inserts the related-article card. */
  relatedSlug: string | null;
  featured: boolean;
  editorsPick: boolean;
  corrections: DemoCorrection[];
}

export interface DemoPage {
  slug: string;
  title: string;
  standfirst: string;
  body: ArticleDocument;
}

export interface DemoNewsletter {
  slug: string;
  name: string;
  description: string;
  cadence: string;
  /** English unless said. */
  edition?: "en" | "uk";
}

export interface DemoNewsroom {
  sections: DemoSection[];
  tags: DemoTag[];
  authors: DemoAuthor[];
  pages: DemoPage[];
  newsletters: DemoNewsletter[];
}

export interface DemoArticleOptions {
  /** How many articles the whole demo has; `index` runs from 0 (newest) to count - 1 (oldest). */
  count: number;
  /** The moment the newest article is measured back from. */
  now: Date;
  seed: number;
  /** Short bodies (3-5 blocks, no inline images) for large benchmark seeds. */
  compact?: boolean;
}
