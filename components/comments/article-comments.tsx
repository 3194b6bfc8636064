import { getArticleComments } from "@/lib/comments/queries";
import type { Edition } from "@/lib/i18n/dto";
import { COMMENTS_TEXT } from "./comments-text";
import { CommentItem } from "./comment-item";
import { CommentsIsland } from "@/components/article/islands";
import "@/app/styles/comments.css";

/**
 * The comments region under an article: the published comments, rendered
 * on the server from the shared cache (tag `comments:<articleId>`), so the
 * page stays one cached HTML for everyone and reads without JavaScript. The
 * form and each reader's own buttons are a client island (CommentsIsland).
 * Nothing is shown when the article's comments are off.
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
  const text = COMMENTS_TEXT[edition];
  const data = await getArticleComments(articleId);
  if (!data || data.mode === "OFF") return null;
  const { count, threads } = data;
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
        count={count}
        headingId="comments-heading"
      >
        {threads.length ? (
          <ol className="comment-list">
            {threads.map((thread) => (
              <li key={thread.id} id={`comment-${thread.id}`} className="comment">
                <CommentItem comment={thread} timeZone={timeZone} edition={edition} />
                {thread.replies.length ? (
                  <ol
                    className="comment-replies"
                    aria-label={
                      thread.authorName ? text.repliesTo(thread.authorName) : text.repliesToRemoved
                    }
                  >
                    {thread.replies.map((reply) => (
                      <li
                        key={reply.id}
                        id={`comment-${reply.id}`}
                        className="comment comment-reply"
                      >
                        <CommentItem comment={reply} timeZone={timeZone} edition={edition} />
                      </li>
                    ))}
                  </ol>
                ) : null}
              </li>
            ))}
          </ol>
        ) : null}
      </CommentsIsland>
    </section>
  );
}
