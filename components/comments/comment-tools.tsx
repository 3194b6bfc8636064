"use client";

import { editionPath } from "@/lib/i18n/editions";
import { postComment } from "./comments-api";
import { useComments } from "./comments-context";
import { CommentForm } from "./comment-form";
import { OwnCommentActions, OwnCommentEditor } from "./own-comment-actions";

/**
 * Under each published comment: Reply for everyone while the article is
 * open (a sign-in link for visitors), and the reader's own Edit and Delete.
 * Rendered on the server in the signed-out state, the same for everyone.
 */
export function CommentTools({ commentId, authorName }: { commentId: string; authorName: string }) {
  const { articleId, edition, text, mode, path, viewer, open, setOpen, reload, setNotice } =
    useComments();
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
          href={editionPath(
            edition,
            `/comments/sign-in?${new URLSearchParams({ returnTo: path })}`,
          )}
        >
          {text.signInToReply}
        </a>
      );
    } else if (canWrite) {
      reply = (
        <button
          type="button"
          className="comment-button-quiet"
          aria-label={text.replyTo(authorName)}
          onClick={() => setOpen({ kind: "reply", id: commentId })}
        >
          {text.reply}
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
          label={text.yourReplyTo(authorName)}
          submitLabel={text.postReply}
          autoFocus
          onCancel={() => setOpen(null)}
          onSubmit={async (body, website) => {
            setNotice(null);
            const result = await postComment(edition, {
              articleId,
              parentId: commentId,
              body,
              website,
            });
            if (result.ok) {
              setOpen(null);
              const published = result.data.comment?.status === "APPROVED";
              setNotice(published ? text.published : text.held);
              reload({ list: published });
            }
            return result;
          }}
        />
      ) : null}
    </div>
  );
}
