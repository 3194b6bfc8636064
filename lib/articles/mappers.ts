import { tags } from "@/lib/cache/tags";
import { readingMinutes } from "@/lib/documents/text";
import type { Edition } from "@/lib/i18n/editions";
import type { ArticleSummaryDto, ImageDto } from "./dto";

/** Prisma selections for article lists and the DTOs made from them. */

export const mediaSelect = {
  id: true,
  storageKey: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
} as const;

export const summarySelect = {
  id: true,
  slug: true,
  edition: true,
  title: true,
  standfirst: true,
  type: true,
  publishedAt: true,
  wordCount: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  heroImage: { select: mediaSelect },
  section: { select: { id: true, slug: true, name: true } },
  liveBlog: { select: { state: true } },
  authors: {
    orderBy: { position: "asc" },
    select: { author: { select: { id: true, slug: true, name: true } } },
  },
} as const;

type MediaRow = {
  id: string;
  storageKey: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
};

export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey}`;
}

export function toImage(
  media: MediaRow | null,
  override: { alt?: string; caption?: string; credit?: string } = {},
): ImageDto | null {
  if (!media) return null;
  return {
    src: mediaUrl(media.storageKey),
    width: media.width ?? 1600,
    height: media.height ?? 900,
    alt: override.alt || media.alt,
    caption: override.caption || media.caption,
    credit: override.credit || media.credit,
  };
}

export type SummaryRow = {
  id: string;
  slug: string;
  edition: Edition;
  title: string;
  standfirst: string;
  type: ArticleSummaryDto["type"];
  publishedAt: Date | null;
  wordCount: number;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  heroImage: MediaRow | null;
  section: { id: string; slug: string; name: string } | null;
  authors: { author: { id: string; slug: string; name: string } }[];
  liveBlog?: { state: "LIVE" | "ENDED" } | null;
};

export function toSummary(row: SummaryRow): ArticleSummaryDto {
  return {
    id: row.id,
    slug: row.slug,
    edition: row.edition,
    title: row.title,
    standfirst: row.standfirst,
    type: row.type,
    section: row.section ? { slug: row.section.slug, name: row.section.name } : null,
    authors: row.authors.map(({ author }) => ({ slug: author.slug, name: author.name })),
    publishedAt: row.publishedAt ?? new Date(0),
    hero: toImage(row.heroImage, {
      alt: row.heroAlt,
      caption: row.heroCaption,
      credit: row.heroCredit,
    }),
    readingMinutes: readingMinutes(row.wordCount),
    // A live blog is live until ended, also before its first update.
    live: row.type === "LIVE_BLOG" && row.liveBlog?.state !== "ENDED",
  };
}

/** Cache tags of everything a story card shows: the story, its section, bylines and picture. */
export function summaryTags(row: SummaryRow): string[] {
  return [
    tags.article(row.id),
    ...(row.section ? [tags.section(row.section.id)] : []),
    ...row.authors.map(({ author }) => tags.author(author.id)),
    ...(row.heroImage ? [tags.media(row.heroImage.id)] : []),
  ];
}
