import "server-only";
import { documentReferences } from "@/lib/documents/sanitize";
import { heroSizeProblem } from "@/lib/media/rules";
import { publicStoryFilter } from "../rules";
import type { ArticleFields } from "./schemas";
import type { Tx } from "./state";

export interface ResolvedReferences {
  tagNames: string[];
  authorNames: string[];
}

/**
 * Checks that everything the fields point at exists (section, tags, bylines,
 * images, linked articles) and returns the names search needs. Field errors
 * use the form's field names.
 */
export async function resolveReferences(
  tx: Tx,
  fields: ArticleFields,
  articleId: string,
): Promise<
  { ok: true; value: ResolvedReferences } | { ok: false; fieldErrors: Record<string, string> }
> {
  const { mediaIds, articleIds } = documentReferences(fields.body);
  const imageIds = [
    ...new Set(
      [fields.heroImageId, fields.seoImageId, ...mediaIds].filter((id): id is string => !!id),
    ),
  ];
  const [section, tags, authors, images, linked] = await Promise.all([
    fields.sectionId
      ? tx.section.findUnique({ where: { id: fields.sectionId }, select: { id: true } })
      : null,
    tx.tag.findMany({ where: { id: { in: fields.tagIds } }, select: { id: true, name: true } }),
    tx.author.findMany({
      where: { id: { in: fields.authorIds } },
      select: { id: true, name: true },
    }),
    tx.media.findMany({
      where: { id: { in: imageIds }, kind: "IMAGE" },
      select: { id: true, width: true, height: true },
    }),
    // Cards point at published stories only: nothing else is theirs to show.
    tx.article.findMany({
      where: { id: { in: articleIds }, ...publicStoryFilter() },
      select: { id: true },
    }),
  ]);

  const fieldErrors: Record<string, string> = {};
  if (fields.sectionId && !section) fieldErrors.sectionId = "That section no longer exists.";
  if (tags.length !== fields.tagIds.length) fieldErrors.tagIds = "A chosen tag no longer exists.";
  if (authors.length !== fields.authorIds.length)
    fieldErrors.authorIds = "A chosen author no longer exists.";
  const imageSet = new Set(images.map((image) => image.id));
  if (fields.heroImageId && !imageSet.has(fields.heroImageId))
    fieldErrors.heroImageId = "That image no longer exists.";
  const hero = images.find((image) => image.id === fields.heroImageId);
  const tooSmall = hero ? heroSizeProblem(hero) : null;
  if (tooSmall) fieldErrors.heroImageId = tooSmall;
  if (fields.seoImageId && !imageSet.has(fields.seoImageId))
    fieldErrors.seoImageId = "That image no longer exists.";
  if (mediaIds.some((id) => !imageSet.has(id)))
    fieldErrors.body = "An image in the body no longer exists.";
  const linkedSet = new Set(linked.map((article) => article.id));
  if (articleIds.some((id) => !linkedSet.has(id) || id === articleId)) {
    fieldErrors.body = "A related-article card points at a story that is not published.";
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const tagName = new Map(tags.map((tag) => [tag.id, tag.name]));
  const authorName = new Map(authors.map((author) => [author.id, author.name]));
  return {
    ok: true,
    value: {
      tagNames: fields.tagIds.map((id) => tagName.get(id) ?? ""),
      authorNames: fields.authorIds.map((id) => authorName.get(id) ?? ""),
    },
  };
}

/**
 * Can `slug` become this article's address? Slugs are shared by articles,
 * pages and sections; an old slug of this same article may be taken back.
 */
export async function slugAvailability(
  tx: Tx,
  slug: string,
  articleId: string,
): Promise<string | null> {
  const route = await tx.route.findUnique({
    where: { slug },
    select: { articleId: true, sectionId: true },
  });
  if (!route || route.articleId === articleId) return null;
  return route.sectionId
    ? "A section already uses this address."
    : "Another article already uses or used this address.";
}

/**
 * Moves the article to a new slug. Once an article has been public its old
 * address stays as a redirect; a draft's earlier working slugs are dropped.
 */
export async function moveSlug(
  tx: Tx,
  article: { id: string; slug: string; publishedAt: Date | null },
  slug: string,
): Promise<void> {
  if (slug === article.slug) return;
  if (article.publishedAt) {
    await tx.route.updateMany({
      where: { slug: article.slug, articleId: article.id },
      data: { canonical: false },
    });
  } else {
    await tx.route.deleteMany({ where: { slug: article.slug, articleId: article.id } });
  }
  // Take back one of this article's own old addresses, or claim a new one;
  // never flip a row that belongs to something else (a racing save loses
  // on the primary key instead).
  const taken = await tx.route.updateMany({
    where: { slug, articleId: article.id },
    data: { canonical: true },
  });
  if (taken.count === 0) await tx.route.create({ data: { slug, articleId: article.id } });
}
