import type { PublicCommentDto } from "@/lib/comments/dto";
import { formatDateTime } from "@/lib/dates/format";
import { CommentBody } from "./comment-body";
import { CommentTools } from "./comment-tools";

const REMOVED_TEXT = {
  deleted: "Comment deleted by its author.",
  moderated: "Comment removed by the moderators.",
} as const;

/** One published comment (or the placeholder of a removed one that has replies). */
export function CommentItem({
  comment,
  timeZone,
}: {
  comment: PublicCommentDto;
  timeZone: string;
}) {
  if (comment.removed) {
    return <p className="comment-removed">{REMOVED_TEXT[comment.removed]}</p>;
  }
  return (
    <article className="comment-card" aria-label={`Comment by ${comment.authorName}`}>
      <p className="comment-meta">
        <span className="comment-author">{comment.authorName}</span>
        <a className="comment-permalink" href={`#comment-${comment.id}`}>
          <time dateTime={comment.createdAt.toISOString()}>
            {formatDateTime(comment.createdAt, timeZone)}
          </time>
        </a>
        {comment.edited ? <span className="comment-kind">edited</span> : null}
      </p>
      <CommentBody body={comment.body} />
      <CommentTools commentId={comment.id} authorName={comment.authorName} />
    </article>
  );
}
