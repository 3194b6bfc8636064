import type { CommentListJson } from "@/lib/comments/dto";
import { commentThreadsJson } from "@/lib/comments/json";
import { getArticleComments } from "@/lib/comments/queries";

/**
 * An article's published comments, as JSON, for the comments island to
 * reload after a reader's own post, edit or deletion
 * (components/comments/comments-island.tsx). Read from the same shared
 * cache as the page, which those changes invalidate at once; never kept by
 * the edge, whose copy could lag a purge behind.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const data = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await getArticleComments(id) : null;
  const headers = { "Cache-Control": "private, no-store" };
  if (!data || data.mode === "OFF") {
    return Response.json({ ok: false, error: "No comments here." }, { status: 404, headers });
  }
  const list: CommentListJson = { count: data.count, threads: commentThreadsJson(data.threads) };
  return Response.json(list, { headers });
}
