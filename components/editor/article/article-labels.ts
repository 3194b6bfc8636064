import type { ArticleEditorData } from "@/lib/articles/editing/editor-data";
import type { ArticleFields } from "@/lib/articles/editing/schemas";
import { ARTICLE_STATUS_LABELS, ARTICLE_TYPE_LABELS } from "@/lib/articles/field-labels";

export type ArticleStatus = ArticleEditorData["status"];
export type ArticleType = ArticleFields["type"];

export const TYPE_LABELS = ARTICLE_TYPE_LABELS;
export const STATUS_LABELS = ARTICLE_STATUS_LABELS;

export const TYPE_OPTIONS = Object.entries(TYPE_LABELS) as [ArticleType, string][];

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
