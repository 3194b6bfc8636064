import "server-only";
import { cache } from "react";
import { publicStoryFilter } from "@/lib/articles/rules";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { MEMBERSHIP_TAG } from "@/lib/membership/cache-tags";
import type { ArticleCommentsDto, CommentThreadDto, PublicCommentDto } from "./dto";
import { effectiveCommentsMode } from "./rules";

/** A page shows at most this many comments; the rest wait for pagination (docs/comments.md). */
export const MAX_SHOWN_COMMENTS = 1_000;

/**
 * An article's published comments and whether it takes new ones, the same
 * for every visitor, so it lives in the shared cache inside the cached page.
 * Tagged with the article's comments (every moderation decision, post, edit
 * and deletion that changes what readers see invalidates it), the article
 * (its own setting) and the settings (the site's default).
 */
export const getArticleComments = cache((articleId: string): Promise<ArticleCommentsDto | null> =>
  cached(`article-comments:${articleId}`, 30 * MINUTE, async () => ({
    value: await loadArticleComments(articleId),
    tags: [tags.comments(articleId), tags.article(articleId), tags.settings, MEMBERSHIP_TAG],
  })),
);

const commentSelect = {
  id: true,
  parentId: true,
  body: true,
  status: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  reader: { select: { displayName: true } },
} as const;

type Row = {
  id: string;
  parentId: string | null;
  body: string;
  status: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  reader: { displayName: string };
};

function toPublic(row: Row): PublicCommentDto {
  const visible = row.status === "APPROVED" && !row.deletedAt;
  return {
    id: row.id,
    authorName: visible ? row.reader.displayName || "Reader" : "",
    body: visible ? row.body : "",
    createdAt: row.createdAt,
    edited: visible && row.editedAt !== null,
    removed: visible ? null : row.deletedAt ? "deleted" : "moderated",
  };
}

async function loadArticleComments(articleId: string): Promise<ArticleCommentsDto | null> {
  const [article, settings, perks] = await Promise.all([
    db.article.findFirst({
      where: { id: articleId, ...publicStoryFilter() },
      select: { commentsMode: true },
    }),
    db.siteSettings.findUnique({ where: { id: 1 }, select: { commentsDefault: true } }),
    db.membershipSettings.findUnique({ where: { id: 1 }, select: { membersOnlyComments: true } }),
  ]);
  if (!article) return null;
  const mode = effectiveCommentsMode(article.commentsMode, settings?.commentsDefault ?? "OPEN");
  const membersOnly = perks?.membersOnlyComments ?? false;
  if (mode === "OFF") return { articleId, mode, membersOnly, count: 0, threads: [] };

  const rows: Row[] = await db.comment.findMany({
    where: { articleId, status: "APPROVED", deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_SHOWN_COMMENTS,
    select: commentSelect,
  });
  // Replies whose thread opener is no longer shown keep it as a placeholder.
  const shown = new Set(rows.map((row) => row.id));
  const missing = [
    ...new Set(
      rows.flatMap((row) => (row.parentId && !shown.has(row.parentId) ? [row.parentId] : [])),
    ),
  ];
  const openers: Row[] = missing.length
    ? await db.comment.findMany({ where: { id: { in: missing } }, select: commentSelect })
    : [];

  const threads = new Map<string, CommentThreadDto>();
  for (const row of [...rows, ...openers].filter((r) => !r.parentId)) {
    threads.set(row.id, { ...toPublic(row), replies: [] });
  }
  for (const row of rows) {
    if (row.parentId) threads.get(row.parentId)?.replies.push(toPublic(row));
  }
  const ordered = [...threads.values()].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  );
  return { articleId, mode, membersOnly, count: rows.length, threads: ordered };
}
