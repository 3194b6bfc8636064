"use client";

import { useEffect, useState } from "react";
import type { OwnCommentDto } from "@/lib/comments/dto";
import { deleteComment, editComment } from "./comments-api";
import { useComments } from "./comments-context";
import { CommentForm } from "./comment-form";

/** The current time, ticking every half minute, so an edit window closes on screen too. */
function useNow(): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 30_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);
  return now;
}

/**
 * Edit and Delete for the signed-in reader's own comment. The server decides
 * again (edit window, ban, article setting).
 */
export function OwnCommentActions({ comment }: { comment: OwnCommentDto }) {
  const { edition, text, mode, viewer, open, setOpen, reload, setNotice } = useComments();
  const now = useNow();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (viewer.state !== "reader" || viewer.banned) return null;

  const editable =
    mode === "OPEN" &&
    !(open?.kind === "edit" && open.id === comment.id) &&
    comment.editableUntil !== null &&
    now > 0 &&
    Date.parse(comment.editableUntil) > now;

  async function remove() {
    setPending(true);
    setError(null);
    const result = await deleteComment(edition, comment.id);
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setConfirming(false);
    setNotice(text.deleted);
    reload({ list: true });
  }

  return (
    <span className="comment-own">
      {confirming ? (
        <span role="group" aria-label={text.deleteQuestion} className="comment-confirm">
          <span>{text.deleteQuestion}</span>{" "}
          <button
            type="button"
            className="comment-button-danger"
            onClick={remove}
            disabled={pending}
          >
            {pending ? text.deleting : text.delete}
          </button>{" "}
          <button
            type="button"
            className="comment-button-quiet"
            onClick={() => setConfirming(false)}
          >
            {text.keepIt}
          </button>
        </span>
      ) : (
        <>
          {editable ? (
            <button
              type="button"
              className="comment-button-quiet"
              onClick={() => setOpen({ kind: "edit", id: comment.id })}
            >
              {text.edit}
            </button>
          ) : null}
          <button
            type="button"
            className="comment-button-quiet"
            onClick={() => setConfirming(true)}
          >
            {text.delete}
          </button>
        </>
      )}
      {error ? (
        <span className="comment-form-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** The edit form of the reader's own comment, under its buttons while open. */
export function OwnCommentEditor({ comment }: { comment: OwnCommentDto }) {
  const { edition, text, viewer, open, setOpen, reload, setNotice } = useComments();
  if (viewer.state !== "reader" || viewer.banned) return null;
  if (open?.kind !== "edit" || open.id !== comment.id) return null;
  return (
    <CommentForm
      label={text.editYours}
      submitLabel={text.saveChanges}
      initialBody={comment.body}
      autoFocus
      onCancel={() => setOpen(null)}
      onSubmit={async (body) => {
        const result = await editComment(edition, comment.id, body);
        if (result.ok) {
          setOpen(null);
          setNotice(
            result.data.comment.status === "APPROVED" ? text.changesPublished : text.changesHeld,
          );
          reload({ list: true });
        }
        return result;
      }}
    />
  );
}
