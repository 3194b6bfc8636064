import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { contextFor, loadArticleState } from "./state";

export async function mayEditArticle(staff: Staff, id: string): Promise<boolean> {
  const state = await loadArticleState(db, id);
  return !!state && can(staff.role, "article.edit", contextFor(staff, state));
}
