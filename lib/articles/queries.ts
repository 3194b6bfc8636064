import "server-only";
import { cache } from "react";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import type { Loaded } from "@/lib/cache/tagged-cache";
import { parseAuthorLinks } from "@/lib/authors/labels";
import { db } from "@/lib/db";
import { documentReferences, sanitizeDocument } from "@/lib/documents/sanitize";
import { readyNarrationSelect, toNarration } from "@/lib/narration/public";
import type { ArticleDetailDto } from "./dto";
import { mediaSelect, summarySelect, summaryTags, toImage, toSummary } from "./mappers";
import { isPublicArticle, publicArticleFilter } from "./rules";

const translationSelect = {
  id: true,
  edition: true,
  slug: true,
  title: true,
  status: true,
  publishedAt: true,
} as const;

/** A published article or page, with everything its page shows; null for anything else. */
export const getPublishedArticle = cache((id: string): Promise<ArticleDetailDto | null> =>
  cached(`article:${id}`, 60 * MINUTE, async () => {
    const loaded = await loadPublishedArticle(id);
    return loaded ?? { value: null, tags: [tags.article(id)] };
  }),
);

/**
 * Loads an article page's data with the tags of everything it shows (the
 * article, the cards in its body, its section, topics, bylines and images),
 * so that a change to any of them refreshes the page.
 */
function loadPublishedArticle(id: string): Promise<Loaded<ArticleDetailDto> | null> {
  return loadArticleDetail({ id, ...publicArticleFilter() });
}

/**
 * Any article as its public page would show it, whatever its status: for
 * staff preview only, never cached. Callers check the permission.
 */
export async function getArticleForPreview(id: string): Promise<ArticleDetailDto | null> {
  return (await loadArticleDetail({ id }))?.value ?? null;
}

async function loadArticleDetail(
  where: { id: string } & Partial<ReturnType<typeof publicArticleFilter>>,
): Promise<Loaded<ArticleDetailDto> | null> {
  const row = await db.article.findFirst({
    where,
    select: {
      ...summarySelect,
      body: true,
      sectionId: true,
      heroImageId: true,
      seoTitle: true,
      seoDescription: true,
      substantiveUpdatedAt: true,
      authors: {
        orderBy: { position: "asc" },
        select: {
          author: {
            select: {
              id: true,
              avatarId: true,
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
        select: { tag: { select: { id: true, slug: true, name: true } } },
      },
      corrections: {
        orderBy: { publishedAt: "asc" },
        select: { kind: true, text: true, publishedAt: true },
      },
      narration: readyNarrationSelect,
      translationOf: { select: translationSelect },
      translations: { select: translationSelect },
    },
  });
  if (!row) return null;
  // The original and its translations, seen from any one of them; only
  // public ones are linked.
  const counterparts = [
    ...(row.translationOf ? [row.translationOf] : []),
    ...row.translations,
  ].filter((other) => other.edition !== row.edition && isPublicArticle(other));

  const body = sanitizeDocument(row.body);
  const refs = documentReferences(body);
  const [media, related] = await Promise.all([
    refs.mediaIds.length
      ? db.media.findMany({
          where: { id: { in: refs.mediaIds } },
          select: mediaSelect,
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
  const article: ArticleDetailDto = {
    ...summary,
    body,
    sectionId: row.sectionId,
    authors: row.authors.map(({ author }) => ({
      slug: author.slug,
      name: author.name,
      jobTitle: author.jobTitle,
      bio: author.bio,
      links: parseAuthorLinks(author.links),
      avatar: toImage(author.avatar),
    })),
    tags: row.tags.map((t) => t.tag),
    substantiveUpdatedAt: row.substantiveUpdatedAt,
    corrections: row.corrections,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    bodyMedia: Object.fromEntries(media.map((m) => [m.id, toImage(m)!])),
    relatedCards: Object.fromEntries(related.map((r) => [r.id, toSummary(r)])),
    narration: toNarration(row.narration[0]?.media ?? null),
    translations: counterparts.map(({ edition, slug, title }) => ({ edition, slug, title })),
  };
  const mediaIds = [
    row.heroImageId,
    ...refs.mediaIds,
    ...row.authors.map((a) => a.author.avatarId),
  ];
  return {
    value: article,
    tags: [
      tags.article(row.id),
      ...refs.articleIds.map(tags.article),
      // Every linked article, public or not yet: its publication changes this page.
      ...[row.translationOf, ...row.translations].flatMap((other) =>
        other ? [tags.article(other.id)] : [],
      ),
      ...related.flatMap(summaryTags),
      ...(row.sectionId ? [tags.section(row.sectionId)] : []),
      ...row.tags.map((t) => tags.tag(t.tag.id)),
      ...row.authors.map((a) => tags.author(a.author.id)),
      ...mediaIds.flatMap((mediaId) => (mediaId ? [tags.media(mediaId)] : [])),
    ],
  };
}
