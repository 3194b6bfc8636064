import { getArticleRails } from "@/lib/articles/rails";
import { TAGS_HEADER } from "@/lib/server/surrogate-keys";

/**
 * The rails under an article (components/article/article-rails.tsx), as
 * JSON: the same for every reader, cached at the edge for a minute and
 * purged by the tags of what it shows (the News Feed, Most popular, the
 * section's and the tag's lists, each story on it), so the article's own
 * page never has to change with them.
 */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const rails = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await getArticleRails(id) : null;
  if (!rails) {
    return Response.json(
      { ok: false, error: "No such story." },
      { status: 404, headers: { "Cache-Control": "public, s-maxage=60" } },
    );
  }
  return Response.json(rails.value, {
    headers: {
      "Cache-Control": "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
      [TAGS_HEADER]: rails.tags.join(" "),
    },
  });
}
