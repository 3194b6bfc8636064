import type { CommentsViewerDto, OwnCommentDto } from "@/lib/comments/dto";
import type { ReaderResult } from "@/lib/readers/dto";

/** The comments island's calls to /api/comments and /api/reader-auth (JSON, same origin). */

const UNREACHABLE = {
  ok: false as const,
  code: "limited" as const,
  error: "The site could not be reached. Check your connection and try again.",
};

async function call<T>(url: string, method: string, body?: unknown): Promise<ReaderResult<T>> {
  try {
    const response = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json()) as ReaderResult<T>;
    return answer && typeof answer === "object" && "ok" in answer ? answer : UNREACHABLE;
  } catch {
    return UNREACHABLE;
  }
}

export const fetchViewer = (articleId: string) =>
  call<CommentsViewerDto>(`/api/comments?articleId=${encodeURIComponent(articleId)}`, "GET");

export const postComment = (input: {
  articleId: string;
  parentId: string | null;
  body: string;
  website: string;
}) => call<{ comment: OwnCommentDto | null }>("/api/comments", "POST", input);

export const editComment = (id: string, body: string) =>
  call<{ comment: OwnCommentDto }>(`/api/comments/${encodeURIComponent(id)}`, "PATCH", { body });

export const deleteComment = (id: string) =>
  call<{ id: string }>(`/api/comments/${encodeURIComponent(id)}`, "DELETE");

export const signOutReader = () => call<null>("/api/reader-auth/sign-out", "POST", {});

/** Set by the server on sign-in; says only "a reader signs in on this browser". */
export function hasReaderHint(): boolean {
  return document.cookie.split("; ").some((part) => part === "newsroom-reader=1");
}
