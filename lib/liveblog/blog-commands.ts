import "server-only";
import type { Staff } from "@/lib/auth/session";
import { notFound, ok, type ActionResult, type Grant } from "@/lib/auth/staff-action";
import { contextFor, loadArticleState, placesOf } from "@/lib/articles/editing/state";
import { invalidate } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/manage/audit";
import { keyPointsChangeTags, liveStateChangeTags } from "./cache-tags";
import { lockLiveBlog } from "./commands";

/**
 * The live blog as a whole: its key developments and whether coverage goes
 * on. Editors, and the reporters on its byline, keep them.
 */

export async function setKeyPoints(
  staff: Staff,
  input: { articleId: string; keyPoints: string[] },
  grant: Grant,
): Promise<ActionResult<{ keyPoints: string[] }>> {
  return db.$transaction(async (tx): Promise<ActionResult<{ keyPoints: string[] }>> => {
    const state = await loadArticleState(tx, input.articleId);
    if (!state || !(await lockLiveBlog(tx, state.id))) return notFound("This live blog");
    if (!grant.allows(contextFor(staff, state))) return grant.denied();
    const before = await tx.liveBlog.findUniqueOrThrow({
      where: { articleId: state.id },
      select: { keyPoints: true },
    });
    if (JSON.stringify(before.keyPoints) === JSON.stringify(input.keyPoints)) {
      return ok({ keyPoints: input.keyPoints });
    }
    await tx.liveBlog.update({
      where: { articleId: state.id },
      data: { keyPoints: input.keyPoints },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "live.key-points",
      entityType: "article",
      entityId: state.id,
      data: { from: before.keyPoints, to: input.keyPoints },
    });
    await invalidate(tx, keyPointsChangeTags(state.id));
    return ok({ keyPoints: input.keyPoints });
  });
}

/**
 * Ends the coverage (the page says so, lists drop the LIVE badge, the
 * news sitemap lets it go) or opens it again.
 */
export async function setLiveState(
  staff: Staff,
  input: { articleId: string; state: "LIVE" | "ENDED" },
  grant: Grant,
): Promise<ActionResult<{ state: "LIVE" | "ENDED" }>> {
  return db.$transaction(async (tx): Promise<ActionResult<{ state: "LIVE" | "ENDED" }>> => {
    const article = await loadArticleState(tx, input.articleId);
    if (!article || !(await lockLiveBlog(tx, article.id))) return notFound("This live blog");
    if (!grant.allows(contextFor(staff, article))) return grant.denied();
    const blog = await tx.liveBlog.findUniqueOrThrow({
      where: { articleId: article.id },
      select: { state: true, coverageStartAt: true },
    });
    if (blog.state === input.state) return ok({ state: blog.state });
    const now = new Date();
    await tx.liveBlog.update({
      where: { articleId: article.id },
      data: {
        state: input.state,
        coverageEndAt: input.state === "ENDED" ? now : null,
        coverageStartAt: blog.coverageStartAt ?? article.publishedAt ?? now,
      },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: input.state === "ENDED" ? "live.end" : "live.reopen",
      entityType: "article",
      entityId: article.id,
      data: {},
    });
    await invalidate(tx, liveStateChangeTags({ id: article.id, ...placesOf(article) }));
    return ok({ state: input.state });
  });
}
