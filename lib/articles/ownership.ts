import type { Staff } from "@/lib/auth/session";

/**
 * "Own" work, as the permission table means it: the staff member created
 * the article or is one of its bylines.
 */
export function ownArticleFilter(staff: Pick<Staff, "id" | "authorId">) {
  return {
    OR: [
      { createdById: staff.id },
      ...(staff.authorId ? [{ authors: { some: { authorId: staff.authorId } } }] : []),
    ],
  };
}

export function isOwnArticle(
  staff: Pick<Staff, "id" | "authorId">,
  article: { createdById: string | null; authorIds: string[] },
): boolean {
  return (
    article.createdById === staff.id ||
    (staff.authorId !== null && article.authorIds.includes(staff.authorId))
  );
}

/**
 * Which articles a staff member may see in the editor: everyone's for those
 * who may edit any article, otherwise only their own.
 */
export function editorVisibilityFilter(staff: Staff) {
  return staff.role === "EDITOR" || staff.role === "ADMIN" ? {} : ownArticleFilter(staff);
}
