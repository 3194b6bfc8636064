import type { CommentThreadJson } from "@/lib/comments/dto";
import type { Edition } from "@/lib/i18n/dto";
import { CommentItem } from "./comment-item";
import { COMMENTS_TEXT } from "./comments-text";

/** The published comments, threads and their replies, oldest first. */
export function CommentList({
  threads,
  timeZone,
  edition,
}: {
  threads: CommentThreadJson[];
  timeZone: string;
  edition: Edition;
}) {
  const text = COMMENTS_TEXT[edition];
  if (!threads.length) return null;
  return (
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
                <li key={reply.id} id={`comment-${reply.id}`} className="comment comment-reply">
                  <CommentItem comment={reply} timeZone={timeZone} edition={edition} />
                </li>
              ))}
            </ol>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
