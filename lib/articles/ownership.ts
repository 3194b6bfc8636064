import type { Prisma } from "@/generated/prisma/client";
import { articleScope, type Permission } from "@/lib/auth/permissions";
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
 * The articles a permission covers for this staff member, as a query
 * filter read off the permission table (lib/auth/permissions.ts): every
 * article, none, or those matching the rule (their own, some statuses).
 */
export function articlesCoveredBy(staff: Staff, permission: Permission): Prisma.ArticleWhereInput {
  const scope = articleScope(staff.role, permission);
  if (scope === "all") return {};
  if (scope === "none") return { id: { in: [] } };
  return {
    AND: [
      scope.own ? ownArticleFilter(staff) : {},
      scope.statuses ? { status: { in: [...scope.statuses] } } : {},
    ],
  };
}

/**
 * Which articles a staff member may see in the editor: those they may
 * preview (everyone's for editors and admins, their own otherwise).
 */
export function editorVisibilityFilter(staff: Staff): Prisma.ArticleWhereInput {
  return articlesCoveredBy(staff, "article.preview");
}
