import type { CommentsMode, CommentStatus, EffectiveCommentsMode } from "./rules";

// Declared beside their code (the pure rules, the queue's address parser),
// named here so components take every type from dto.
export type { CommentsMode, CommentStatus } from "./rules";
export type { QueueParams } from "./queue-params";

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

/**
 * A published comment as the comments island gets it (JSON): its time as
 * ISO text, and as the page shows it, worked out on the server so the
 * island's first render matches the page's HTML.
 */
export interface CommentJson extends Omit<PublicCommentDto, "createdAt"> {
  createdAt: string;
  /** The time as shown; the island formats it itself when left out. */
  when?: string;
}

export interface CommentThreadJson extends CommentJson {
  replies: CommentJson[];
}

/** The published comments, as the island reloads them (/fragments/comments/{id}). */
export interface CommentListJson {
  count: number;
  threads: CommentThreadJson[];
}

export interface ArticleCommentsDto {
  articleId: string;
  mode: EffectiveCommentsMode;
  /** Only members may post (the membership perk): said to visitors before they sign in. */
  membersOnly: boolean;
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
  reader: {
    displayName: string;
    banned: boolean;
    /** Comments are for members (a perk the newsroom switched on) and this reader is not one. */
    needsMembership: boolean;
  } | null;
  mine: OwnCommentDto[];
}

export interface QueueItemDto {
  id: string;
  body: string;
  status: CommentStatus;
  heldReason: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  moderatedAt: Date | null;
  moderatedBy: string | null;
  reader: { id: string; displayName: string; email: string; banned: boolean; createdAt: Date };
  article: { id: string; title: string; slug: string };
  /** The comment this one replies to. */
  parent: { authorName: string; excerpt: string } | null;
  /** Other comments sent from the same network address (hashed). */
  sameAddress: number;
}

export interface QueueReaderDto {
  id: string;
  displayName: string;
  email: string;
  bannedAt: Date | null;
  createdAt: Date;
  counts: Record<CommentStatus, number>;
}

export interface QueueDto {
  items: QueueItemDto[];
  total: number;
  page: number;
  pageCount: number;
  counts: Record<CommentStatus, number>;
  reader: QueueReaderDto | null;
  article: { id: string; title: string } | null;
}

export interface CommentSettingsDto {
  policy: "PRE" | "POST";
  commentsDefault: "OPEN" | "CLOSED" | "OFF";
  watchWords: string;
  maxLinks: number;
  newReaderHours: number;
}

/** The article editor's comments panel: the setting and the article's counts. */
export interface ArticleCommentsPanelDto {
  mode: CommentsMode;
  siteDefault: EffectiveCommentsMode;
  canChange: boolean;
  pending: number;
  visible: number;
}
