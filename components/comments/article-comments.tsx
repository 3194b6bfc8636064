import { commentThreadsJson } from "@/lib/comments/json";
import { getArticleComments } from "@/lib/comments/queries";
import { formatDateTime } from "@/lib/dates/format";
import type { Edition } from "@/lib/i18n/dto";
import { CommentsIsland } from "@/components/islands/server";
import "@/app/styles/comments.css";

/**
 * The comments region under an article: the published comments, from the
 * shared cache (tag `comments:<articleId>`), so the page stays one cached
 * HTML for everyone and reads without JavaScript. The region is one client
 * island (CommentsIsland): its first render, on the server, is the list and
 * the signed-out state; in a browser where a reader has signed in it turns
 * on the form and their buttons, and it reloads the list after their own
 * changes. Nothing is shown when the article's comments are off.
 */
export async function ArticleComments({
  articleId,
  edition = "en",
  path,
  timeZone,
}: {
  articleId: string;
  /** The story's edition: the language the region speaks. */
  edition?: Edition;
  path: string;
  timeZone: string;
}) {
  const data = await getArticleComments(articleId);
  if (!data || data.mode === "OFF") return null;
  const threads = commentThreadsJson(data.threads, (date) =>
    formatDateTime(date, timeZone, edition),
  );
  // The heading, the count and the "be the first" note are drawn by the
  // island: a reader whose comment waits for a moderator sees them differ.
  return (
    <section className="comments" id="comments" aria-labelledby="comments-heading">
      <CommentsIsland
        articleId={articleId}
        edition={edition}
        mode={data.mode}
        membersOnly={data.membersOnly}
        path={path}
        timeZone={timeZone}
        count={data.count}
        threads={threads}
        headingId="comments-heading"
      />
    </section>
  );
}
