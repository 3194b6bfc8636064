import "server-only";
import type { ImageDto } from "@/lib/articles/dto";
import type { StoryScope } from "@/lib/articles/dto";
import { mediaSelect, mediaUrl } from "@/lib/articles/mappers";
import { isPublicStory, publicStoryFilter } from "@/lib/articles/rules";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { documentReferences, sanitizeDocument } from "@/lib/documents/sanitize";
import type { FeedArticleDto, FeedImageDto } from "./dto";

export const FEED_ITEMS = 50;

const imageSelect = { ...mediaSelect, mimeType: true } as const;

function feedSelect(withBody: boolean) {
  return {
    id: true,
    slug: true,
    edition: true,
    title: true,
    standfirst: true,
    type: true,
    status: true,
    publishedAt: true,
    body: withBody,
    heroAlt: true,
    heroCaption: true,
    heroCredit: true,
    heroImage: { select: imageSelect },
    section: { select: { id: true, name: true } },
    authors: {
      orderBy: { position: "asc" as const },
      select: { author: { select: { id: true, name: true } } },
    },
    tags: {
      orderBy: { position: "asc" as const },
      select: { tag: { select: { id: true, name: true } } },
    },
  };
}

type ImageRow = {
  id: string;
  storageKey: string;
  mimeType: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
};

function toFeedImage(row: ImageRow, override: Partial<ImageDto> = {}): FeedImageDto {
  return {
    src: mediaUrl(row.storageKey),
    type: row.mimeType,
    width: row.width ?? 1600,
    height: row.height ?? 900,
    alt: override.alt || row.alt,
    caption: override.caption || row.caption,
    credit: override.credit || row.credit,
  };
}

/**
 * The newest stories of a scope with what a feed item shows, read the way
 * the story lists are: the articles' (section, status, publishedAt) index
 * for the site and sections, the join tables' (term, publishedAt) index for
 * tags and authors. Returns the cache tags of everything shown.
 */
export async function loadFeedArticles(
  scope: StoryScope,
  withBody: boolean,
  now: Date = new Date(),
): Promise<{ items: FeedArticleDto[]; bodyMedia: Record<string, ImageDto>; tags: string[] }> {
  const select = feedSelect(withBody);
  const joinQuery = {
    where: { publishedAt: { lte: now } },
    orderBy: [{ publishedAt: "desc" as const }, { articleId: "desc" as const }],
    take: FEED_ITEMS,
    select: { article: { select } },
  };
  const rows =
    scope.kind === "tag"
      ? (
          await db.articleTag.findMany({
            ...joinQuery,
            where: { ...joinQuery.where, tagId: scope.id },
          })
        ).map((row) => row.article)
      : scope.kind === "author"
        ? (
            await db.articleAuthor.findMany({
              ...joinQuery,
              where: { ...joinQuery.where, authorId: scope.id },
            })
          ).map((row) => row.article)
        : await db.article.findMany({
            where: {
              ...publicStoryFilter(now),
              ...(scope.kind === "section"
                ? { sectionId: scope.id }
                : { edition: scope.edition ?? "en" }),
            },
            orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
            take: FEED_ITEMS,
            select,
          });
  // The join tables' mirror can lag; visibility is decided on the article.
  const visible = rows.filter((row) => isPublicStory(row, now));

  const bodies = new Map(
    visible.map((row) => [row.id, withBody ? sanitizeDocument(row.body) : null] as const),
  );
  const mediaIds = [
    ...new Set(
      [...bodies.values()].flatMap((doc) => (doc ? documentReferences(doc).mediaIds : [])),
    ),
  ];
  const media = mediaIds.length
    ? await db.media.findMany({ where: { id: { in: mediaIds } }, select: imageSelect })
    : [];

  const items = visible.map((row) => ({
    id: row.id,
    slug: row.slug,
    edition: row.edition,
    title: row.title,
    standfirst: row.standfirst,
    publishedAt: row.publishedAt ?? now,
    authors: row.authors.map(({ author }) => author.name),
    section: row.section?.name ?? null,
    tags: row.tags.map(({ tag }) => tag.name),
    hero: row.heroImage
      ? toFeedImage(row.heroImage, {
          alt: row.heroAlt,
          caption: row.heroCaption,
          credit: row.heroCredit,
        })
      : null,
    body: bodies.get(row.id) ?? null,
  }));
  return {
    items,
    bodyMedia: Object.fromEntries(media.map((row) => [row.id, toFeedImage(row)])),
    tags: [
      ...visible.flatMap((row) => [
        tags.article(row.id),
        ...(row.section ? [tags.section(row.section.id)] : []),
        ...row.authors.map(({ author }) => tags.author(author.id)),
        ...row.tags.map(({ tag }) => tags.tag(tag.id)),
        ...(row.heroImage ? [tags.media(row.heroImage.id)] : []),
      ]),
      ...mediaIds.map(tags.media),
    ],
  };
}
