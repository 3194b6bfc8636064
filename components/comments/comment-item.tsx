import type { CommentJson } from "@/lib/comments/dto";
import { formatDateTime } from "@/lib/dates/format";
import type { Edition } from "@/lib/i18n/dto";
import { CommentBody } from "./comment-body";
import { COMMENTS_TEXT } from "./comments-text";
import { CommentTools } from "./comment-tools";

/** One published comment (or the placeholder of a removed one that has replies). */
export function CommentItem({
  comment,
  timeZone,
  edition = "en",
}: {
  comment: CommentJson;
  timeZone: string;
  edition?: Edition;
}) {
  const text = COMMENTS_TEXT[edition];
  if (comment.removed) {
    return (
      <p className="comment-removed">
        {comment.removed === "deleted" ? text.removedByAuthor : text.removedByModerators}
      </p>
    );
  }
  return (
    <article className="comment-card" aria-label={text.commentBy(comment.authorName)}>
      <p className="comment-meta">
        <span className="comment-author">{comment.authorName}</span>
        <a className="comment-permalink" href={`#comment-${comment.id}`}>
          <time dateTime={comment.createdAt}>
            {comment.when ?? formatDateTime(new Date(comment.createdAt), timeZone, edition)}
          </time>
        </a>
        {comment.edited ? <span className="comment-kind">{text.editedKind}</span> : null}
      </p>
      <CommentBody body={comment.body} />
      <CommentTools commentId={comment.id} authorName={comment.authorName} />
    </article>
  );
}
