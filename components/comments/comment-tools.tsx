"use client";

import { postComment } from "./comments-api";
import { useComments } from "./comments-context";
import { CommentForm } from "./comment-form";
import { HELD_NOTICE, PUBLISHED_NOTICE } from "./notices";
import { OwnCommentActions, OwnCommentEditor } from "./own-comment-actions";

/**
 * Under each published comment: Reply for everyone while the article is
 * open (a sign-in link for visitors), and the reader's own Edit and Delete.
 * Rendered on the server in the signed-out state, the same for everyone.
 */
export function CommentTools({ commentId, authorName }: { commentId: string; authorName: string }) {
  const { articleId, mode, path, viewer, open, setOpen, reload, setNotice } = useComments();
  const mine = viewer.state === "reader" ? viewer.mine.find((c) => c.id === commentId) : undefined;
  const replying = open?.kind === "reply" && open.id === commentId;
  const canWrite =
    mode === "OPEN" &&
    viewer.state === "reader" &&
    !viewer.banned &&
    !viewer.needsMembership &&
    viewer.displayName !== "";

  let reply = null;
  if (mode === "OPEN" && !replying) {
    if (viewer.state !== "reader") {
      reply = (
        <a
          className="comment-button-quiet"
          href={`/comments/sign-in?${new URLSearchParams({ returnTo: path })}`}
        >
          Sign in to reply
        </a>
      );
    } else if (canWrite) {
      reply = (
        <button
          type="button"
          className="comment-button-quiet"
          aria-label={`Reply to ${authorName}`}
          onClick={() => setOpen({ kind: "reply", id: commentId })}
        >
          Reply
        </button>
      );
    }
  }

  return (
    <div className="comment-tools">
      <div className="comment-tool-row">
        {reply}
        {mine ? <OwnCommentActions comment={mine} /> : null}
      </div>
      {mine ? <OwnCommentEditor comment={mine} /> : null}
      {replying ? (
        <CommentForm
          label={`Your reply to ${authorName}`}
          submitLabel="Post reply"
          autoFocus
          onCancel={() => setOpen(null)}
          onSubmit={async (body, website) => {
            setNotice(null);
            const result = await postComment({ articleId, parentId: commentId, body, website });
            if (result.ok) {
              setOpen(null);
              const published = result.data.comment?.status === "APPROVED";
              setNotice(published ? PUBLISHED_NOTICE : HELD_NOTICE);
              reload({ list: published });
            }
            return result;
          }}
        />
      ) : null}
    </div>
  );
}
