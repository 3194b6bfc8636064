import type { ArticleEditorData, ArticleFields } from "@/lib/articles/editing/dto";
import { FIELD_LIMITS } from "@/lib/articles/editing/limits";
import { ARTICLE_STATUS_LABELS, ARTICLE_TYPE_LABELS } from "@/lib/articles/field-labels";

export type ArticleStatus = ArticleEditorData["status"];
export type ArticleType = ArticleFields["type"];

export const TYPE_LABELS = ARTICLE_TYPE_LABELS;
export const STATUS_LABELS = ARTICLE_STATUS_LABELS;

export const TYPE_OPTIONS = Object.entries(TYPE_LABELS) as [ArticleType, string][];

export const LIMITS = FIELD_LIMITS;
