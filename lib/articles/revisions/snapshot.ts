import { sanitizeDocument } from "@/lib/documents/sanitize";
import { ARTICLE_TYPES, type ArticleFields } from "../editing/schemas";

/** A stored snapshot, read back into the fields the editor knows. */
export interface SnapshotRead {
  fields: ArticleFields;
  /**
   * Snapshots written by the demo seeder name tags and bylines by slug
   * instead of id; the caller resolves them (lib/articles/revisions/names.ts).
   */
  tagSlugs: string[] | null;
  authorSlugs: string[] | null;
}

const text = (value: unknown) => (typeof value === "string" ? value : "");
const idOrNull = (value: unknown) => (typeof value === "string" && value ? value : null);
const strings = (value: unknown): string[] | null =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : null;

/**
 * Reads a snapshot field by field. Revisions outlive schema changes and
 * seeded data, so a missing or malformed field reads as empty instead of
 * making the whole history unreadable; the body keeps every block that still
 * matches the document schema.
 */
export function readSnapshot(value: unknown): SnapshotRead {
  const raw = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const type = ARTICLE_TYPES.find((known) => known === raw.type) ?? "NEWS";
  const tagIds = strings(raw.tagIds);
  const authorIds = strings(raw.authorIds);
  return {
    fields: {
      title: text(raw.title),
      slug: text(raw.slug),
      standfirst: text(raw.standfirst),
      type,
      sectionId: idOrNull(raw.sectionId),
      tagIds: tagIds ?? [],
      authorIds: authorIds ?? [],
      heroImageId: idOrNull(raw.heroImageId),
      heroAlt: text(raw.heroAlt),
      heroCaption: text(raw.heroCaption),
      heroCredit: text(raw.heroCredit),
      seoTitle: text(raw.seoTitle),
      seoDescription: text(raw.seoDescription),
      seoImageId: idOrNull(raw.seoImageId),
      featured: raw.featured === true,
      editorsPick: raw.editorsPick === true,
      body: sanitizeDocument(raw.body),
    },
    tagSlugs: tagIds ? null : strings(raw.tagSlugs),
    authorSlugs: authorIds ? null : strings(raw.authorSlugs),
  };
}
