import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, type ArticleContext } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { sanitizeDocument } from "@/lib/documents/sanitize";
import { isOwnArticle } from "../ownership";
import { ARTICLE_PERMISSIONS, type ArticleConflict, type ArticlePermissionName } from "./dto";
import type { ArticleFields } from "./schemas";

export type Tx = Prisma.TransactionClient;

export const articleStateSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  type: true,
  status: true,
  edition: true,
  translationOfId: true,
  sectionId: true,
  heroImageId: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  seoTitle: true,
  seoDescription: true,
  seoImageId: true,
  featured: true,
  editorsPick: true,
  body: true,
  version: true,
  publishedAt: true,
  scheduledAt: true,
  unpublishAt: true,
  createdById: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
  authors: { select: { authorId: true }, orderBy: { position: "asc" } },
  tags: { select: { tagId: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ArticleSelect;

export type ArticleState = Prisma.ArticleGetPayload<{ select: typeof articleStateSelect }>;

export function loadArticleState(tx: Tx, id: string): Promise<ArticleState | null> {
  return tx.article.findUnique({ where: { id }, select: articleStateSelect });
}

export function fieldsOf(state: ArticleState): ArticleFields {
  return {
    title: state.title,
    slug: state.slug,
    standfirst: state.standfirst,
    type: state.type,
    sectionId: state.sectionId,
    tagIds: state.tags.map((tag) => tag.tagId),
    authorIds: state.authors.map((author) => author.authorId),
    heroImageId: state.heroImageId,
    heroAlt: state.heroAlt,
    heroCaption: state.heroCaption,
    heroCredit: state.heroCredit,
    seoTitle: state.seoTitle,
    seoDescription: state.seoDescription,
    seoImageId: state.seoImageId,
    featured: state.featured,
    editorsPick: state.editorsPick,
    body: sanitizeDocument(state.body),
  };
}

/** What this person may do to an article in this context, for the editor. */
export function allowedFor(
  staff: Staff,
  context: ArticleContext,
): Record<ArticlePermissionName, boolean> {
  return Object.fromEntries(
    ARTICLE_PERMISSIONS.map((permission) => [permission, can(staff.role, permission, context)]),
  ) as Record<ArticlePermissionName, boolean>;
}

/** What the permission table needs to know about this article and this person. */
export function contextFor(staff: Staff, state: ArticleState): ArticleContext {
  return {
    own: isOwnArticle(staff, {
      createdById: state.createdById,
      authorIds: state.authors.map((author) => author.authorId),
    }),
    status: state.status,
  };
}

export function conflictOf(state: ArticleState): ArticleConflict {
  return {
    version: state.version,
    status: state.status,
    fields: fieldsOf(state),
    updatedBy: state.updatedBy?.name ?? "Someone",
    updatedAt: state.updatedAt.toISOString(),
  };
}

/** Cache tags' view of where the article appears. */
export function placesOf(state: ArticleState) {
  return {
    slugs: [state.slug],
    sectionIds: [state.sectionId],
    tagIds: state.tags.map((tag) => tag.tagId),
    authorIds: state.authors.map((author) => author.authorId),
    translationOfId: state.translationOfId,
  };
}

export async function writeAudit(
  tx: Tx,
  staff: Staff,
  action: string,
  articleId: string,
  data: Prisma.InputJsonValue = {},
) {
  await tx.auditLog.create({
    data: { actorId: staff.id, action, entityType: "article", entityId: articleId, data },
  });
}
