import type { ArticleStatus } from "@/lib/auth/permissions";
import type { ArticleType } from "./dto";
import type { ArticleFields } from "./editing/schemas";

/*
 * The names staff see for an article's fields, types and statuses: the
 * editor's fields and error summary, the publishing checklist, the revision
 * diff, the restore form and the article list all say the same thing. Only
 * types are imported, so the client bundle takes no zod with it.
 */

/** Every field, in the order of the editor's form. */
export const ARTICLE_FIELD_LABELS: Record<keyof ArticleFields, string> = {
  title: "Headline",
  standfirst: "Standfirst",
  body: "Body",
  slug: "Address",
  sectionId: "Section",
  type: "Type",
  tagIds: "Tags",
  authorIds: "Bylines",
  heroImageId: "Hero image",
  heroAlt: "Hero alt text",
  heroCaption: "Hero caption",
  heroCredit: "Hero credit",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
  seoImageId: "SEO image",
  featured: "Featured",
  editorsPick: "Editors' pick",
};

/** A field's label from its name or a path inside it ("tagIds.2"). */
export function articleFieldLabel(path: string): string | undefined {
  const field = path.replace(/^fields\./, "").split(".")[0] ?? path;
  return (ARTICLE_FIELD_LABELS as Record<string, string>)[field];
}

/** In the order of ARTICLE_TYPES in lib/articles/editing/schemas.ts. */
export const ARTICLE_TYPE_LABELS: Record<ArticleType, string> = {
  NEWS: "News",
  ANALYSIS: "Analysis",
  OPINION: "Opinion",
  EDITORIAL: "Editorial",
  FEATURE: "Feature",
  LIVE_BLOG: "Live blog",
  PAGE: "Page",
};

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
};
