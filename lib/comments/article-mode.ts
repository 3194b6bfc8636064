import "server-only";
import { tags } from "@/lib/cache/tags";
import { z } from "zod";
import { publicStoryFilter } from "@/lib/articles/rules";
import type { Staff } from "@/lib/auth/session";
import { notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { recordAudit, type Tx } from "@/lib/manage/audit";
import type { ArticleCommentsPanelDto } from "./dto";
import { effectiveCommentsMode, type CommentsMode, type EffectiveCommentsMode } from "./rules";

/**
 * Whether readers may comment on an article now: it must be a published
 * story (not a static page) and its setting (or the site's default) OPEN.
 * Null when there is no such public story.
 */
export async function commentsModeFor(
  tx: Tx,
  articleId: string,
): Promise<EffectiveCommentsMode | null> {
  const [article, settings] = await Promise.all([
    tx.article.findFirst({
      where: { id: articleId, ...publicStoryFilter() },
      select: { commentsMode: true },
    }),
    tx.siteSettings.findUnique({ where: { id: 1 }, select: { commentsDefault: true } }),
  ]);
  if (!article) return null;
  return effectiveCommentsMode(article.commentsMode, settings?.commentsDefault ?? "OPEN");
}

export const articleCommentsModeSchema = z.object({
  articleId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  mode: z.enum(["SITE_DEFAULT", "OPEN", "CLOSED", "OFF"], "Choose a setting."),
});

/** The editor sidebar's comments panel: the setting and the article's counts. */
export async function getArticleCommentsPanel(
  staff: Staff,
  input: { articleId: string },
): Promise<ActionResult<ArticleCommentsPanelDto>> {
  const [article, settings, pending, visible] = await Promise.all([
    db.article.findUnique({ where: { id: input.articleId }, select: { commentsMode: true } }),
    db.siteSettings.findUnique({ where: { id: 1 }, select: { commentsDefault: true } }),
    db.comment.count({
      where: { articleId: input.articleId, status: "PENDING", deletedAt: null },
    }),
    db.comment.count({
      where: { articleId: input.articleId, status: "APPROVED", deletedAt: null },
    }),
  ]);
  if (!article) return notFound("This article");
  return ok({
    mode: article.commentsMode,
    siteDefault: effectiveCommentsMode("SITE_DEFAULT", settings?.commentsDefault ?? "OPEN"),
    canChange: true,
    pending,
    visible,
  });
}

/**
 * Opens, closes or turns off one article's comments. Not part of the
 * article's versioned fields: it takes effect at once, like a moderation
 * decision, and is recorded in the audit log.
 */
export async function setArticleCommentsMode(
  staff: Staff,
  input: z.output<typeof articleCommentsModeSchema>,
): Promise<ActionResult<{ mode: CommentsMode }>> {
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { commentsMode: true, updatedAt: true },
    });
    if (!before) return null;
    if (before.commentsMode === input.mode) return false;
    await tx.article.update({
      where: { id: input.articleId },
      // Not an edit of the story: its "last edited" time in the lists stays.
      data: { commentsMode: input.mode, updatedAt: before.updatedAt },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "article.comments-mode",
      entityType: "article",
      entityId: input.articleId,
      data: { from: before.commentsMode, to: input.mode },
    });
    await invalidate(tx, [tags.comments(input.articleId)]);
    return true;
  });
  if (changed === null) return notFound("This article");
  return ok({ mode: input.mode });
}
