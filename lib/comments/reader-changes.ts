import "server-only";
import { tags } from "@/lib/cache/tags";
import { fieldErrorsOf } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { BANNED, done, fail, SIGNED_OUT, TOO_FAST, type ReaderResult } from "@/lib/readers/results";
import type { ReaderIdentity } from "@/lib/readers/session";
import { commentsModeFor } from "./article-mode";
import type { OwnCommentDto } from "./dto";
import { lockReader, overChangeLimit } from "./limits";
import { toOwnComment } from "./own-comments";
import { CLOSED_MESSAGE, OFF_MESSAGE } from "./post";
import { COMMENT_EDIT_MINUTES, editableUntil, heldReasons } from "./rules";
import { commentIdSchema, editCommentSchema } from "./schemas";
import { moderationSettingsOf, readCommentSettings } from "./settings";

const GONE = fail("not-found", "That comment no longer exists.");
const REMOVED = fail(
  "forbidden",
  "This comment was removed by the moderators and can no longer be changed.",
);

/**
 * A reader rewords their own comment, within COMMENT_EDIT_MINUTES of posting
 * it, while the article is open for comments. The heuristics judge the new
 * text: a published comment that now trips one goes back to the queue; a
 * held one stays held for the moderator who is about to read it.
 */
export async function editComment(
  reader: ReaderIdentity | null,
  input: unknown,
): Promise<ReaderResult<{ comment: OwnCommentDto }>> {
  if (!reader) return SIGNED_OUT;
  const parsed = editCommentSchema.safeParse(input);
  if (!parsed.success) return fail("invalid", "Check your comment.", fieldErrorsOf(parsed.error));
  const { id, body } = parsed.data;
  if (await overChangeLimit(reader.id)) return TOO_FAST;

  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const account = await lockReader(tx, reader.id);
    if (!account) return SIGNED_OUT;
    if (account.banned) return BANNED;
    const comment = await tx.comment.findUnique({
      where: { id },
      select: { readerId: true, articleId: true, status: true, createdAt: true, deletedAt: true },
    });
    // Someone else's comment is answered as if it did not exist.
    if (!comment || comment.readerId !== reader.id || comment.deletedAt) return GONE;
    if (comment.status === "REJECTED" || comment.status === "SPAM") return REMOVED;
    if (editableUntil(comment.createdAt) <= now) {
      return fail(
        "forbidden",
        `Comments can be edited for ${COMMENT_EDIT_MINUTES} minutes after posting; this one can no longer be changed.`,
      );
    }
    const mode = await commentsModeFor(tx, comment.articleId);
    if (mode === null || mode === "OFF") return fail("closed", OFF_MESSAGE);
    if (mode === "CLOSED") return fail("closed", CLOSED_MESSAGE);

    const [settings, approved] = await Promise.all([
      readCommentSettings(tx),
      tx.comment.findFirst({
        where: { readerId: reader.id, status: "APPROVED" },
        select: { id: true },
      }),
    ]);
    const reasons = heldReasons(
      { body, now, readerCreatedAt: account.createdAt, trusted: approved !== null },
      moderationSettingsOf(settings),
    );
    const status = comment.status === "PENDING" || reasons.length ? "PENDING" : "APPROVED";
    const row = await tx.comment.update({
      where: { id },
      data: {
        body,
        editedAt: now,
        status,
        ...(status === "PENDING" ? { heldReason: reasons.join("; ") || "Edited while held" } : {}),
      },
      select: { id: true, parentId: true, body: true, status: true, createdAt: true },
    });
    if (comment.status === "APPROVED" || row.status === "APPROVED") {
      await invalidate(tx, [tags.comments(comment.articleId)]);
    }
    return done({ row });
  });
  if (!result.ok) return result;
  return done({ comment: toOwnComment(result.data.row, now) });
}

/**
 * A reader deletes their own comment. It is kept for the moderators (soft
 * delete); readers see "Comment deleted" in its place while replies to it
 * are shown, and nothing at all otherwise. A banned reader can change
 * nothing, this included.
 */
export async function deleteComment(
  reader: ReaderIdentity | null,
  input: unknown,
): Promise<ReaderResult<{ id: string }>> {
  if (!reader) return SIGNED_OUT;
  const parsed = commentIdSchema.safeParse(input);
  if (!parsed.success) return GONE;
  const { id } = parsed.data;
  if (await overChangeLimit(reader.id)) return TOO_FAST;

  const result = await db.$transaction(async (tx) => {
    const account = await lockReader(tx, reader.id);
    if (!account) return SIGNED_OUT;
    if (account.banned) return BANNED;
    const comment = await tx.comment.findUnique({
      where: { id },
      select: { readerId: true, articleId: true, status: true, deletedAt: true },
    });
    if (!comment || comment.readerId !== reader.id || comment.deletedAt) return GONE;
    await tx.comment.update({
      where: { id },
      data: { deletedAt: new Date() },
      select: { id: true },
    });
    if (comment.status === "APPROVED") await invalidate(tx, [tags.comments(comment.articleId)]);
    return done({ id });
  });
  return result;
}
