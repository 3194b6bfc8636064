import type { CommentListJson, CommentsViewerDto, OwnCommentDto } from "@/lib/comments/dto";
import type { Edition } from "@/lib/i18n/dto";
import type { ReaderResult } from "@/lib/readers/dto";
import { COMMENTS_TEXT } from "./comments-text";

/**
 * The comments island's calls to /api/comments and /api/reader-auth (JSON,
 * same origin). Each names the island's language in Accept-Language, so
 * the server's answers ("Comments on this article are closed.") are in the
 * story's language rather than the browser's.
 */

const unreachable = (edition: Edition) => ({
  ok: false as const,
  code: "limited" as const,
  error: COMMENTS_TEXT[edition].unreachable,
});

async function call<T>(
  edition: Edition,
  url: string,
  method: string,
  body?: unknown,
): Promise<ReaderResult<T>> {
  try {
    const headers: Record<string, string> = { "Accept-Language": edition };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(url, {
      method,
      credentials: "same-origin",
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json()) as ReaderResult<T>;
    return answer && typeof answer === "object" && "ok" in answer ? answer : unreachable(edition);
  } catch {
    return unreachable(edition);
  }
}

export const fetchViewer = (articleId: string, edition: Edition) =>
  call<CommentsViewerDto>(
    edition,
    `/api/comments?articleId=${encodeURIComponent(articleId)}`,
    "GET",
  );

/** The published comments as they are now, or null if they could not be had. */
export async function fetchPublishedComments(articleId: string): Promise<CommentListJson | null> {
  try {
    const response = await fetch(`/fragments/comments/${encodeURIComponent(articleId)}`, {
      cache: "no-store",
    });
    return response.ok ? ((await response.json()) as CommentListJson) : null;
  } catch {
    return null;
  }
}

export const postComment = (
  edition: Edition,
  input: { articleId: string; parentId: string | null; body: string; website: string },
) => call<{ comment: OwnCommentDto | null }>(edition, "/api/comments", "POST", input);

export const editComment = (edition: Edition, id: string, body: string) =>
  call<{ comment: OwnCommentDto }>(edition, `/api/comments/${encodeURIComponent(id)}`, "PATCH", {
    body,
  });

export const deleteComment = (edition: Edition, id: string) =>
  call<{ id: string }>(edition, `/api/comments/${encodeURIComponent(id)}`, "DELETE");

export const signOutReader = (edition: Edition) =>
  call<null>(edition, "/api/reader-auth/sign-out", "POST", {});
