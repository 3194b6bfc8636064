import type { ArticleEditorData } from "@/lib/articles/editing/editor-data";
import type { ArticleFields } from "@/lib/articles/editing/schemas";

export type ArticleStatus = ArticleEditorData["status"];
export type ArticleType = ArticleFields["type"];

// The same order as ARTICLE_TYPES in lib/articles/editing/schemas.ts, kept
// here so the client bundle does not pull in zod for a list of labels.
export const TYPE_LABELS: Record<ArticleType, string> = {
  NEWS: "News",
  ANALYSIS: "Analysis",
  OPINION: "Opinion",
  EDITORIAL: "Editorial",
  FEATURE: "Feature",
  PAGE: "Page",
};

export const TYPE_OPTIONS = Object.entries(TYPE_LABELS) as [ArticleType, string][];

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
};

/** Limits of articleFieldsSchema, for counters and maxLength. */
export const LIMITS = {
  title: 200,
  standfirst: 400,
  seoTitle: 70,
  seoDescription: 200,
  caption: 1000,
  credit: 300,
  alt: 500,
  tags: 20,
  bylines: 10,
} as const;
