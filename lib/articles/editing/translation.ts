import "server-only";
import type { Staff } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { denied, invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { EDITION_LABELS } from "@/lib/i18n/edition-labels";
import type { Edition } from "@/lib/i18n/editions";
import { startDraft } from "./commands";
import { contextFor, loadArticleState } from "./state";

/**
 * "Create translation": a draft in `edition` linked to the article (to its
 * original, when the article is itself a translation), so both pages link
 * to each other once published. The draft starts as a copy of the original's
 * headline, standfirst and body for the translator to write over; the
 * editor shows the original alongside. An edition that already has the
 * translation opens that one instead of starting a second.
 */
export async function createTranslation(
  staff: Staff,
  input: { id: string; edition: Edition },
): Promise<ActionResult<{ id: string }>> {
  const state = await loadArticleState(db, input.id);
  if (!state) return notFound("This article");
  if (!can(staff.role, "article.preview", contextFor(staff, state))) {
    return denied("translate this article");
  }
  if (state.type === "PAGE" || state.type === "LIVE_BLOG") {
    return invalid({ edition: "Static pages and live blogs are not translated." });
  }
  const originalId = state.translationOfId ?? state.id;
  const original =
    originalId === state.id
      ? state
      : await db.article.findUnique({
          where: { id: originalId },
          select: { edition: true, title: true, standfirst: true, body: true },
        });
  if (!original) return notFound("The original article");
  if (original.edition === input.edition) {
    return invalid({ edition: `The original is already in ${EDITION_LABELS[input.edition]}.` });
  }
  const existing = await db.article.findFirst({
    where: { translationOfId: originalId, edition: input.edition },
    select: { id: true },
  });
  if (existing) return ok({ id: existing.id });
  return startDraft(
    staff,
    { title: original.title, type: state.type, edition: input.edition },
    { translationOfId: originalId, standfirst: original.standfirst, body: original.body as object },
  );
}
