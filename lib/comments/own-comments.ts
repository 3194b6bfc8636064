import "server-only";
import { db } from "@/lib/db";
import { commentingRefused } from "@/lib/membership/perks";
import type { ReaderIdentity } from "@/lib/readers/session";
import type { CommentsViewerDto, OwnCommentDto } from "./dto";
import { editableUntil, type CommentStatus } from "./rules";

export function toOwnComment(
  row: {
    id: string;
    parentId: string | null;
    body: string;
    status: CommentStatus;
    createdAt: Date;
  },
  now: Date,
): OwnCommentDto {
  const until = editableUntil(row.createdAt);
  const editable = until > now && (row.status === "APPROVED" || row.status === "PENDING");
  return {
    id: row.id,
    parentId: row.parentId,
    body: row.body,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    editableUntil: editable ? until.toISOString() : null,
  };
}

/**
 * What the comments island needs to know about the visitor on one article:
 * who they are and their own comments there (held ones included, which the
 * cached page never shows). Personal, so never cached.
 */
export async function getCommentsViewer(
  reader: ReaderIdentity | null,
  articleId: string,
): Promise<CommentsViewerDto> {
  if (!reader) return { reader: null, mine: [] };
  const needsMembership = await commentingRefused(db, reader.id);
  const rows = await db.comment.findMany({
    where: { readerId: reader.id, articleId, deletedAt: null },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, parentId: true, body: true, status: true, createdAt: true },
  });
  const now = new Date();
  return {
    reader: { displayName: reader.displayName, banned: reader.banned, needsMembership },
    mine: rows.map((row) => {
      const own = toOwnComment(row, now);
      return reader.banned ? { ...own, editableUntil: null } : own;
    }),
  };
}
