import "server-only";
import { db } from "@/lib/db";
import { documentReferences } from "@/lib/documents/sanitize";
import { describeImages } from "@/lib/media/library";
import type { ArticleFields } from "../editing/schemas";
import type { ImageValue, SnapshotNames } from "./revision-diff";
import type { SnapshotRead } from "./snapshot";

/**
 * Snapshots store ids; a diff shows names. Tags, bylines and sections are
 * named as they are called now (a rename shows everywhere), and anything
 * deleted since is named as deleted by the diff. Seeded snapshots that name
 * tags and bylines by slug get their ids here.
 */
export async function resolveSnapshots(reads: SnapshotRead[]): Promise<{
  fields: ArticleFields[];
  names: SnapshotNames;
  imageOf: (id: string | null) => ImageValue;
}> {
  const tagSlugs = reads.flatMap((read) => read.tagSlugs ?? []);
  const authorSlugs = reads.flatMap((read) => read.authorSlugs ?? []);
  const [tagsBySlug, authorsBySlug] = await Promise.all([
    tagSlugs.length
      ? db.tag.findMany({ where: { slug: { in: tagSlugs } }, select: { id: true, slug: true } })
      : [],
    authorSlugs.length
      ? db.author.findMany({
          where: { slug: { in: authorSlugs } },
          select: { id: true, slug: true },
        })
      : [],
  ]);
  const tagId = new Map(tagsBySlug.map((tag) => [tag.slug, tag.id]));
  const authorId = new Map(authorsBySlug.map((author) => [author.slug, author.id]));
  const fields = reads.map((read) => ({
    ...read.fields,
    tagIds: read.tagSlugs
      ? read.tagSlugs.flatMap((slug) => tagId.get(slug) ?? [])
      : read.fields.tagIds,
    authorIds: read.authorSlugs
      ? read.authorSlugs.flatMap((slug) => authorId.get(slug) ?? [])
      : read.fields.authorIds,
  }));

  const sectionIds = new Set<string>();
  const tagIds = new Set<string>();
  const authorIds = new Set<string>();
  const mediaIds = new Set<string>();
  const articleIds = new Set<string>();
  for (const item of fields) {
    if (item.sectionId) sectionIds.add(item.sectionId);
    item.tagIds.forEach((id) => tagIds.add(id));
    item.authorIds.forEach((id) => authorIds.add(id));
    if (item.heroImageId) mediaIds.add(item.heroImageId);
    if (item.seoImageId) mediaIds.add(item.seoImageId);
    const references = documentReferences(item.body);
    references.mediaIds.forEach((id) => mediaIds.add(id));
    references.articleIds.forEach((id) => articleIds.add(id));
  }
  const [sections, tags, authors, media, articles] = await Promise.all([
    db.section.findMany({
      where: { id: { in: [...sectionIds] } },
      select: { id: true, name: true },
    }),
    db.tag.findMany({ where: { id: { in: [...tagIds] } }, select: { id: true, name: true } }),
    db.author.findMany({ where: { id: { in: [...authorIds] } }, select: { id: true, name: true } }),
    describeImages([...mediaIds]),
    // Staff comparing versions may see any linked headline, published or not.
    db.article.findMany({
      where: { id: { in: [...articleIds] } },
      select: { id: true, title: true },
    }),
  ]);
  const lookup = (rows: { id: string; name: string }[]) => {
    const map = new Map(rows.map((row) => [row.id, row.name]));
    return (id: string) => map.get(id);
  };
  const image = new Map(media.map((item) => [item.id, item]));
  const articleTitle = new Map(
    articles.map((article) => [article.id, article.title || "Untitled"]),
  );
  const imageName = (id: string) => {
    const item = image.get(id);
    return item ? item.alt || item.caption || "An image without alt text" : undefined;
  };
  return {
    fields,
    names: {
      section: lookup(sections),
      tag: lookup(tags),
      author: lookup(authors),
      image: imageName,
      article: (id) => articleTitle.get(id),
    },
    imageOf: (id) => {
      if (!id) return { label: "No image", src: null };
      const item = image.get(id);
      return item
        ? { label: imageName(id) ?? "An image", src: item.src }
        : { label: "An image that is no longer in the media library", src: null };
    },
  };
}
