"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { publishSchema } from "@/lib/scheduling/schemas";
import { createArticle, saveArticle } from "./commands";
import { searchRelatedArticles } from "./editor-data";
import { checkSlug } from "./slug-check";
import {
  createArticleSchema,
  relatedSearchSchema,
  saveArticleSchema,
  slugCheckSchema,
  workflowSchema,
} from "./schemas";
import { transitionArticle } from "./workflow";

// Server actions are public endpoints: each one checks the session and
// parses its input (staffAction), and each command checks the permission
// against the article itself.

export const createArticleAction = staffAction(createArticleSchema, createArticle);
export const saveArticleAction = staffAction(saveArticleSchema, saveArticle);
export const submitArticleAction = staffAction(workflowSchema, (staff, input) =>
  transitionArticle("submit", staff, input),
);
// An admin may publish past the checklist by giving `overrideReason`.
export const publishArticleAction = staffAction(publishSchema, (staff, input) =>
  transitionArticle("publish", staff, input),
);
export const unpublishArticleAction = staffAction(workflowSchema, (staff, input) =>
  transitionArticle("unpublish", staff, input),
);
export const returnToDraftAction = staffAction(workflowSchema, (staff, input) =>
  transitionArticle("returnToDraft", staff, input),
);
export const checkSlugAction = staffAction(slugCheckSchema, checkSlug);
export const searchRelatedAction = staffAction(relatedSearchSchema, searchRelatedArticles);
