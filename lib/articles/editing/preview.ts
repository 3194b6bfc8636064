import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getArticleForPreview } from "../queries";
import { contextFor, loadArticleState } from "./state";

/** May this staff member preview the article? */
export async function mayPreview(staff: Staff, id: string): Promise<boolean> {
  const state = await loadArticleState(db, id);
  return !!state && can(staff.role, "article.preview", contextFor(staff, state));
}

/** The article as its public page will look, for those who may preview it; null otherwise. */
export async function loadPreview(staff: Staff, id: string) {
  if (!(await mayPreview(staff, id))) return null;
  const article = await getArticleForPreview(id);
  if (!article) return null;
  const state = await db.article.findUnique({
    where: { id },
    select: { status: true, version: true },
  });
  // An unpublished draft has no publication time yet; show it as if it went out now.
  const publishedAt = article.publishedAt.getTime() === 0 ? new Date() : article.publishedAt;
  return {
    article: { ...article, publishedAt },
    status: state?.status ?? "DRAFT",
    version: state?.version ?? 0,
  };
}
