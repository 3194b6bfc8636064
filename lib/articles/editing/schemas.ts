import { z } from "zod";
import { EDITIONS } from "@/lib/i18n/editions";
import { documentSchema } from "@/lib/documents/schema";
import { checkSlug, SLUG_PROBLEM_MESSAGES } from "@/lib/slugs/rules";
import { FIELD_LIMITS } from "./limits";

export const ARTICLE_TYPES = [
  "NEWS",
  "ANALYSIS",
  "OPINION",
  "EDITORIAL",
  "FEATURE",
  "LIVE_BLOG",
  "PAGE",
] as const;

const id = z.string().trim().min(1).max(64);
const optionalId = id.nullable();
const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);

export const slugSchema = z
  .string()
  .trim()
  .superRefine((slug, context) => {
    const problem = checkSlug(slug);
    if (problem) context.addIssue({ code: "custom", message: SLUG_PROBLEM_MESSAGES[problem] });
  });

/** Every field a writer edits; the same shape is kept in each revision. */
export const articleFieldsSchema = z.object({
  // A draft may be saved without a headline (autosave must never stop);
  // publishing requires one (lib/articles/editing/workflow.ts).
  title: z.string().trim().max(FIELD_LIMITS.title, `Use at most ${FIELD_LIMITS.title} characters.`),
  slug: slugSchema,
  standfirst: text(FIELD_LIMITS.standfirst),
  type: z.enum(ARTICLE_TYPES),
  sectionId: optionalId,
  tagIds: z
    .array(id)
    .max(FIELD_LIMITS.tags, `Use at most ${FIELD_LIMITS.tags} tags.`)
    .refine(unique, "Each tag once."),
  authorIds: z
    .array(id)
    .max(FIELD_LIMITS.bylines, `Use at most ${FIELD_LIMITS.bylines} bylines.`)
    .refine(unique, "Each author once."),
  heroImageId: optionalId,
  heroAlt: text(FIELD_LIMITS.alt),
  heroCaption: text(FIELD_LIMITS.caption),
  heroCredit: text(FIELD_LIMITS.credit),
  seoTitle: text(FIELD_LIMITS.seoTitle),
  seoDescription: text(FIELD_LIMITS.seoDescription),
  seoImageId: optionalId,
  featured: z.boolean(),
  editorsPick: z.boolean(),
  body: documentSchema,
});

export type ArticleFields = z.infer<typeof articleFieldsSchema>;

function unique(values: string[]) {
  return new Set(values).size === values.length;
}

/**
 * A draft is only started with something typed into it: a working headline,
 * which can change freely until the article is published. So no one leaves
 * behind empty "Untitled" drafts by opening "New article" and walking away.
 */
export const NEW_ARTICLE_NEEDS_HEADLINE =
  "Write a working headline to start the draft; you can change it until it is published.";

export const createArticleSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, NEW_ARTICLE_NEEDS_HEADLINE)
    .max(FIELD_LIMITS.title, `Use at most ${FIELD_LIMITS.title} characters.`),
  type: z.enum(ARTICLE_TYPES).default("NEWS"),
  edition: z.enum(EDITIONS).default("en"),
});

/** "Create translation": the article to translate and the edition to translate it into. */
export const createTranslationSchema = z.object({
  id: z.string().min(1).max(64),
  edition: z.enum(EDITIONS),
});

export const saveArticleSchema = z.object({
  id,
  /** The version the writer's copy started from. */
  version: z.number().int().min(1),
  /** Autosaves are coalesced into one revision; saves are kept each. */
  mode: z.enum(["autosave", "save"]),
  fields: articleFieldsSchema,
  /**
   * "This is a substantive update": on a published article, moves "Updated"
   * and dateModified to now. Off by default, so a typo fix moves neither;
   * ignored for articles that are not published.
   */
  substantive: z.boolean().optional(),
});

export const workflowSchema = z.object({ id, version: z.number().int().min(1) });

export const slugCheckSchema = z.object({ id, slug: z.string().max(200) });

export const relatedSearchSchema = z.object({
  query: z.string().max(200),
  /** The article being edited, which cannot be its own related card. */
  excludeId: id.optional(),
});
