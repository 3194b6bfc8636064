"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/lib/auth/staff-action";
import { publishSchema } from "@/lib/scheduling/schemas";
import { createArticle, saveArticle } from "./commands";
import { searchRelatedArticles } from "./editor-data";
import { checkSlug } from "./slug-check";
import {
  ARTICLE_TYPES,
  createArticleSchema,
  relatedSearchSchema,
  saveArticleSchema,
  slugCheckSchema,
  workflowSchema,
} from "./schemas";
import type { ArticleFields } from "./schemas";

type ArticleType = ArticleFields["type"];
import { transitionArticle } from "./workflow";

// Server actions are public endpoints: each one checks the session and
// parses its input (staffAction), and each command checks the permission
// against the article itself.

export const createArticleAction = staffAction(
  { permission: "article.create", schema: createArticleSchema },
  createArticle,
);
export const saveArticleAction = staffAction(
  { permission: "article.edit", schema: saveArticleSchema },
  (staff, input) => saveArticle(staff, input),
);
export const submitArticleAction = staffAction(
  { permission: "article.submit", schema: workflowSchema },
  (staff, input) => transitionArticle("submit", staff, input),
);
// An admin may publish past the checklist by giving `overrideReason`.
export const publishArticleAction = staffAction(
  { permission: "article.publish", schema: publishSchema },
  (staff, input) => transitionArticle("publish", staff, input),
);
export const unpublishArticleAction = staffAction(
  { permission: "article.unpublish", schema: workflowSchema },
  (staff, input) => transitionArticle("unpublish", staff, input),
);
export const returnToDraftAction = staffAction(
  { permission: "article.returnToDraft", schema: workflowSchema },
  (staff, input) => transitionArticle("returnToDraft", staff, input),
);
export const checkSlugAction = staffAction(
  { permission: "article.edit", schema: slugCheckSchema },
  checkSlug,
);
export const searchRelatedAction = staffAction(
  { permission: "editor.enter", schema: relatedSearchSchema },
  searchRelatedArticles,
);

/**
 * The "New article" form's action. A plain form post, so a headline typed
 * before the page's script has loaded still starts the draft.
 */
export async function startArticleFromForm(
  _previous: { error: string } | null,
  form: FormData,
): Promise<{ error: string }> {
  const type = String(form.get("type") ?? "NEWS");
  const result = await createArticleAction({
    title: String(form.get("title") ?? ""),
    type: (ARTICLE_TYPES as readonly string[]).includes(type) ? (type as ArticleType) : "NEWS",
    edition: form.get("edition") === "uk" ? "uk" : "en",
  });
  if (result.ok) redirect(`/editor/articles/${result.data.id}`);
  return {
    error:
      result.code === "unauthenticated"
        ? "Your session has ended. Sign in again, then start the article."
        : (result.fieldErrors?.title ?? result.error),
  };
}
