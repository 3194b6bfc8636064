import { z } from "zod";
import { COMMENT_MAX_LENGTH, commentLength, normalizeCommentBody, tooLongMessage } from "./rules";

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Unknown item.");

/** The body as typed → as stored; too long is refused with the count, never cut. */
export const commentBody = z
  .string("Write your comment.")
  // Far past any real comment: not worth normalising.
  .max(COMMENT_MAX_LENGTH * 4, tooLongMessage(COMMENT_MAX_LENGTH * 4))
  .transform(normalizeCommentBody)
  .superRefine((body, ctx) => {
    if (!body) ctx.addIssue({ code: "custom", message: "Write your comment." });
    const length = commentLength(body);
    if (length > COMMENT_MAX_LENGTH)
      ctx.addIssue({ code: "custom", message: tooLongMessage(length) });
  });

export const newCommentSchema = z.object({
  articleId: id,
  parentId: id.nullish().transform((value) => value ?? null),
  body: commentBody,
  /** The honeypot: hidden from people, so only bots fill it. */
  website: z.string().max(500).optional().default(""),
});

export const editCommentSchema = z.object({ id, body: commentBody });

export const commentIdSchema = z.object({ id });

export type NewCommentInput = z.output<typeof newCommentSchema>;
