import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { isSafeHref } from "@/lib/documents/links";
import { documentReferences, sanitizeDocument } from "@/lib/documents/sanitize";
import { readingMinutes } from "@/lib/documents/text";
import type { ArticleDetailDto, ArticleSummaryDto, ImageDto } from "./dto";
import { isPublicStory, publicArticleFilter, publicStoryFilter } from "./rules";

const mediaSelect = {
  storageKey: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
} as const;

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  type: true,
  publishedAt: true,
  wordCount: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  heroImage: { select: mediaSelect },
  section: { select: { slug: true, name: true } },
  authors: {
    orderBy: { position: "asc" },
    select: { author: { select: { slug: true, name: true } } },
  },
} as const;

type MediaRow = {
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

function toImage(
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

type SummaryRow = {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  type: ArticleSummaryDto["type"];
  publishedAt: Date | null;
  wordCount: number;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  heroImage: MediaRow | null;
  section: { slug: string; name: string } | null;
  authors: { author: { slug: string; name: string } }[];
};

function toSummary(row: SummaryRow): ArticleSummaryDto {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    type: row.type,
    section: row.section,
    authors: row.authors.map((a) => a.author),
    publishedAt: row.publishedAt ?? new Date(0),
    hero: toImage(row.heroImage, {
      alt: row.heroAlt,
      caption: row.heroCaption,
      credit: row.heroCredit,
    }),
    readingMinutes: readingMinutes(row.wordCount),
  };
}

/** The newest published stories, newest first. */
export const getLatestArticles = cache(async (limit = 20): Promise<ArticleSummaryDto[]> => {
  const rows = await db.article.findMany({
    where: publicStoryFilter(),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: summarySelect,
  });
  return rows.map(toSummary);
});

export const getLatestInSection = cache(
  async (sectionId: string, limit = 20): Promise<ArticleSummaryDto[]> => {
    const rows = await db.article.findMany({
      where: { ...publicStoryFilter(), sectionId },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: summarySelect,
    });
    return rows.map(toSummary);
  },
);

const linksSchema = z
  .array(z.object({ kind: z.string().min(1), url: z.string().refine(isSafeHref) }))
  .catch([]);

/** A published article or page, with everything its page shows; null for anything else. */
export const getPublishedArticle = cache(async (id: string): Promise<ArticleDetailDto | null> => {
  const row = await db.article.findFirst({
    where: { id, ...publicArticleFilter() },
    select: {
      ...summarySelect,
      body: true,
      seoTitle: true,
      seoDescription: true,
      substantiveUpdatedAt: true,
      authors: {
        orderBy: { position: "asc" },
        select: {
          author: {
            select: {
              slug: true,
              name: true,
              jobTitle: true,
              bio: true,
              links: true,
              avatar: { select: mediaSelect },
            },
          },
        },
      },
      tags: {
        orderBy: { position: "asc" },
        select: { tag: { select: { slug: true, name: true } } },
      },
      corrections: {
        orderBy: { publishedAt: "asc" },
        select: { kind: true, text: true, publishedAt: true },
      },
    },
  });
  if (!row) return null;

  const body = sanitizeDocument(row.body);
  const refs = documentReferences(body);
  const [media, related] = await Promise.all([
    refs.mediaIds.length
      ? db.media.findMany({
          where: { id: { in: refs.mediaIds } },
          select: { id: true, ...mediaSelect },
        })
      : [],
    refs.articleIds.length
      ? db.article.findMany({
          where: { id: { in: refs.articleIds }, ...publicArticleFilter() },
          select: summarySelect,
        })
      : [],
  ]);

  const summary = toSummary({ ...row, authors: row.authors.map((a) => ({ author: a.author })) });
  return {
    ...summary,
    body,
    authors: row.authors.map(({ author }) => ({
      slug: author.slug,
      name: author.name,
      jobTitle: author.jobTitle,
      bio: author.bio,
      links: linksSchema.parse(author.links),
      avatar: toImage(author.avatar),
    })),
    tags: row.tags.map((t) => t.tag),
    substantiveUpdatedAt: row.substantiveUpdatedAt,
    corrections: row.corrections,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    bodyMedia: Object.fromEntries(media.map((m) => [m.id, toImage(m)!])),
    relatedCards: Object.fromEntries(related.map((r) => [r.id, toSummary(r)])),
  };
});

/**
 * Tag and author pages read the join table's own index (`publishedAt` there
 * mirrors the article's while it is published), newest first, without a join
 * filter over the whole archive. The article's visibility is still checked on
 * what comes back, so a stale mirror can hide a story but never expose one.
 */
async function listByMirror(
  rows: { article: SummaryRow & { status: string; publishedAt: Date | null } }[],
  now: Date,
): Promise<ArticleSummaryDto[]> {
  return rows
    .map((row) => row.article)
    .filter((article) => isPublicStory(article, now))
    .map(toSummary);
}

const mirroredSelect = { article: { select: { ...summarySelect, status: true } } } as const;

/** Newest published stories with a tag. */
export const getLatestForTag = cache(
  async (tagId: string, limit = 30): Promise<ArticleSummaryDto[]> => {
    const now = new Date();
    const rows = await db.articleTag.findMany({
      where: { tagId, publishedAt: { lte: now } },
      orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
      take: limit,
      select: mirroredSelect,
    });
    return listByMirror(rows, now);
  },
);

/** Newest published stories by an author. */
export const getLatestForAuthor = cache(
  async (authorId: string, limit = 30): Promise<ArticleSummaryDto[]> => {
    const now = new Date();
    const rows = await db.articleAuthor.findMany({
      where: { authorId, publishedAt: { lte: now } },
      orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
      take: limit,
      select: mirroredSelect,
    });
    return listByMirror(rows, now);
  },
);
