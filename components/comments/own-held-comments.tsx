"use client";

import { formatDateTime } from "@/lib/dates/format";
import { CommentBody } from "./comment-body";
import { useComments } from "./comments-context";
import { OwnCommentActions, OwnCommentEditor } from "./own-comment-actions";

/**
 * The reader's own comments that wait for a moderator. Only they see them
 * (the cached page shows published comments alone), so they appear here.
 */
export function OwnHeldComments() {
  const { edition, text, viewer, timeZone } = useComments();
  if (viewer.state !== "reader") return null;
  const held = viewer.mine.filter((comment) => comment.status === "PENDING");
  if (!held.length) return null;
  return (
    <section className="comments-held" aria-labelledby="comments-held-heading">
      <h3 id="comments-held-heading">{text.waiting}</h3>
      <p className="comments-held-note">{text.waitingNote}</p>
      <ul>
        {held.map((comment) => (
          <li key={comment.id} className="comment comment-held">
            <p className="comment-meta">
              <span className="comment-author">{viewer.displayName}</span>
              {comment.parentId ? <span className="comment-kind">{text.replyKind}</span> : null}
              <time dateTime={comment.createdAt}>
                {formatDateTime(new Date(comment.createdAt), timeZone, edition)}
              </time>
            </p>
            <CommentBody body={comment.body} />
            <div className="comment-tools">
              <div className="comment-tool-row">
                <OwnCommentActions comment={comment} />
              </div>
              <OwnCommentEditor comment={comment} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
