import "server-only";
import { tags } from "@/lib/cache/tags";
import { invalidate } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { commentingRefused, MEMBERS_ONLY_COMMENTS } from "@/lib/membership/perks";
import { fieldErrorsOf } from "@/lib/auth/staff-action";
import { BANNED, done, fail, SIGNED_OUT, TOO_FAST, type ReaderResult } from "@/lib/readers/results";
import type { ReaderIdentity } from "@/lib/readers/session";
import { commentsModeFor } from "./article-mode";
import type { OwnCommentDto } from "./dto";
import { hashAddress, lockReader, overPostLimit } from "./limits";
import { toOwnComment } from "./own-comments";
import { DUPLICATE_WINDOW_HOURS, heldReasons } from "./rules";
import { newCommentSchema } from "./schemas";
import { moderationSettingsOf, readCommentSettings } from "./settings";

export const CLOSED_MESSAGE = "Comments on this article are closed.";
export const OFF_MESSAGE = "This article does not take comments.";

export type PostOutcome = { comment: OwnCommentDto | null };

/**
 * A reader posts a comment or a reply. Everything is checked here, whatever
 * the form showed: the session, a ban (under a lock on the reader), the
 * article's setting, limits, duplicates; then the policy and the heuristics
 * decide whether it is published at once or waits for a moderator.
 */
export async function postComment(
  reader: ReaderIdentity | null,
  input: unknown,
  address: string,
): Promise<ReaderResult<PostOutcome>> {
  if (!reader) return SIGNED_OUT;
  const parsed = newCommentSchema.safeParse(input);
  if (!parsed.success) return fail("invalid", "Check your comment.", fieldErrorsOf(parsed.error));
  const { articleId, parentId, body, website } = parsed.data;
  // A bot that filled the hidden field is answered as if held, and nothing is kept.
  if (website.trim()) return done({ comment: null });
  if (await overPostLimit(reader.id, address)) return TOO_FAST;

  const now = new Date();
  const result = await db.$transaction(async (tx): Promise<ReaderResult<OwnCommentDto>> => {
    const account = await lockReader(tx, reader.id);
    if (!account) return SIGNED_OUT;
    if (account.banned) return BANNED;
    const mode = await commentsModeFor(tx, articleId);
    if (mode === null || mode === "OFF") return fail("closed", OFF_MESSAGE);
    if (mode === "CLOSED") return fail("closed", CLOSED_MESSAGE);
    if (await commentingRefused(tx, reader.id)) return fail("forbidden", MEMBERS_ONLY_COMMENTS);

    let threadId: string | null = null;
    if (parentId) {
      const parent = await tx.comment.findFirst({
        where: { id: parentId, articleId },
        select: { id: true, parentId: true, status: true, deletedAt: true },
      });
      if (!parent || parent.status !== "APPROVED" || parent.deletedAt) {
        return fail("invalid", "That comment can no longer be replied to.", {
          parentId: "That comment can no longer be replied to.",
        });
      }
      // Replies are one level deep: a reply to a reply joins the same thread.
      threadId = parent.parentId ?? parent.id;
    }

    const duplicate = await tx.comment.findFirst({
      where: {
        readerId: reader.id,
        body,
        deletedAt: null,
        createdAt: { gte: new Date(now.getTime() - DUPLICATE_WINDOW_HOURS * 3_600_000) },
      },
      select: { id: true },
    });
    if (duplicate) {
      return fail("invalid", "You have already posted this comment.", {
        body: "You have already posted this comment.",
      });
    }

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
    const row = await tx.comment.create({
      data: {
        articleId,
        readerId: reader.id,
        parentId: threadId,
        body,
        status: reasons.length ? "PENDING" : "APPROVED",
        heldReason: reasons.join("; "),
        ipHash: hashAddress(address),
        createdAt: now,
      },
      select: { id: true, parentId: true, body: true, status: true, createdAt: true },
    });
    if (row.status === "APPROVED") await invalidate(tx, [tags.comments(articleId)]);
    return done(toOwnComment(row, now));
  });
  if (!result.ok) return result;
  return done({ comment: result.data });
}
