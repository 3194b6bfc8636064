"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/lib/auth/staff-action";
import { ARTICLE_FIELD_LABELS } from "../field-labels";
import type { RestoreFormState } from "./restore-form-state";
import { restoreRevision } from "./restore";
import { restoreRevisionSchema } from "./schemas";

// Server actions are public endpoints: staffAction checks the session and
// parses the input; restoreRevision checks the permission against the article.

const FIELD_LABELS: Record<string, string> = ARTICLE_FIELD_LABELS;

export const restoreRevisionAction = staffAction(
  { permission: "article.edit", schema: restoreRevisionSchema },
  restoreRevision,
);

/**
 * The history page's restore form. A plain form post, so it works before
 * (or without) JavaScript; a refusal is shown by the form, a success leads
 * to the history showing the new version (and any notes, kept in the audit).
 */
export async function restoreRevisionFromForm(
  _previous: RestoreFormState,
  form: FormData,
): Promise<RestoreFormState> {
  const result = await restoreRevisionAction({
    articleId: String(form.get("articleId") ?? ""),
    revisionId: String(form.get("revisionId") ?? ""),
    version: Number(form.get("version")),
  });
  if (!result.ok) {
    return {
      status: result.code === "conflict" ? "conflict" : "failed",
      message: result.error,
      fieldErrors: Object.entries(result.fieldErrors ?? {}).map(
        ([field, message]) =>
          `${FIELD_LABELS[field.split(".")[0] ?? ""] ?? "The version"}: ${message}`,
      ),
      conflict: result.conflict
        ? {
            version: result.conflict.version,
            updatedBy: result.conflict.updatedBy,
            updatedAt: result.conflict.updatedAt,
          }
        : null,
    };
  }
  // Show what the restore changed: the version it replaced against the new
  // one. A redirect, so a reload does not post the form again.
  const { id, version, revisionId, replacedRevisionId } = result.data;
  const query = new URLSearchParams({ to: revisionId, restored: String(version) });
  if (replacedRevisionId) query.set("from", replacedRevisionId);
  redirect(`/editor/articles/${encodeURIComponent(id)}/revisions?${query.toString()}`);
}
