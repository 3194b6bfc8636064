import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { checkSlug as checkSlugRules, SLUG_PROBLEM_MESSAGES } from "@/lib/slugs/rules";
import { slugAvailability } from "./references";
import { contextFor, loadArticleState } from "./state";

/** The editor's live check while a slug is typed: null when it is free. */
export async function checkSlug(
  staff: Staff,
  input: { id: string; slug: string },
): Promise<ActionResult<{ problem: string | null }>> {
  const state = await loadArticleState(db, input.id);
  if (!state) return notFound("This article");
  if (!can(staff.role, "article.edit", contextFor(staff, state)))
    return denied("edit this article");
  const rule = checkSlugRules(input.slug);
  if (rule) return ok({ problem: SLUG_PROBLEM_MESSAGES[rule] });
  return ok({ problem: await slugAvailability(db, input.slug, state.id) });
}
