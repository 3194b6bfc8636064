import type { CommentStatus, EffectiveCommentsMode } from "./rules";

/** A published comment as every visitor sees it (in the cached article page). */
export interface PublicCommentDto {
  id: string;
  authorName: string;
  body: string;
  createdAt: Date;
  edited: boolean;
  /** Shown as a placeholder because its replies are still visible. */
  removed: null | "deleted" | "moderated";
}

export interface CommentThreadDto extends PublicCommentDto {
  replies: PublicCommentDto[];
}

export interface ArticleCommentsDto {
  articleId: string;
  mode: EffectiveCommentsMode;
  /** Visible comments, replies included. */
  count: number;
  threads: CommentThreadDto[];
}

/** One of the signed-in reader's own comments, for the comments island (JSON). */
export interface OwnCommentDto {
  id: string;
  parentId: string | null;
  body: string;
  status: CommentStatus;
  createdAt: string;
  /** ISO time until which it may be edited, or null when it no longer can be. */
  editableUntil: string | null;
}

/** What GET /api/comments tells the island about the visitor. */
export interface CommentsViewerDto {
  reader: { displayName: string; banned: boolean } | null;
  mine: OwnCommentDto[];
}
