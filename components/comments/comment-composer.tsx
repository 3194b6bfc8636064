"use client";

import Link from "next/link";
import { useState } from "react";
import { CommentForm } from "./comment-form";
import { OwnHeldComments } from "./own-held-comments";
import { postComment, signOutReader } from "./comments-api";
import { useComments } from "./comments-context";
import { HELD_NOTICE, PUBLISHED_NOTICE } from "./notices";

/**
 * The top of the comments region: who is signed in and the form for a new
 * comment, or the way in. Its first (server-rendered) state is the one for
 * a visitor who is not signed in, a plain link that works without JavaScript.
 */
export function CommentComposer() {
  const { articleId, mode, path, viewer, reload, signedOut, notice, setNotice } = useComments();
  const [signingOut, setSigningOut] = useState(false);
  const signIn = `/comments/sign-in?${new URLSearchParams({ returnTo: path })}`;
  const profile = `/comments/profile?${new URLSearchParams({ returnTo: path })}`;

  const noticeLine = (
    <p className="comments-notice" role="status">
      {notice}
    </p>
  );

  if (viewer.state !== "reader") {
    return (
      <div className="comments-composer">
        {mode === "CLOSED" ? (
          <p className="comments-closed">Comments on this article are closed.</p>
        ) : (
          <p className="comments-join">
            <a href={signIn} className="button">
              Sign in to comment
            </a>{" "}
            <span>We email you a link; there is no password to remember.</span>
          </p>
        )}
        {noticeLine}
      </div>
    );
  }

  async function signOut() {
    setSigningOut(true);
    await signOutReader();
    setSigningOut(false);
    setNotice("You have signed out.");
    signedOut();
  }

  return (
    <div className="comments-composer">
      <p className="comments-reader">
        Signed in as <strong>{viewer.displayName || "a reader without a name yet"}</strong>
        <span aria-hidden="true"> · </span>
        <a href={profile}>{viewer.displayName ? "Change name" : "Choose a name"}</a>
        <span aria-hidden="true"> · </span>
        <button
          type="button"
          className="comment-button-quiet"
          onClick={signOut}
          disabled={signingOut}
        >
          Sign out
        </button>
      </p>
      {viewer.banned ? (
        <p className="comments-closed">Your account can no longer post or change comments here.</p>
      ) : mode === "CLOSED" ? (
        <p className="comments-closed">Comments on this article are closed.</p>
      ) : viewer.needsMembership ? (
        <p className="comments-join">
          Comments are open to members. <Link href="/membership">Become a member</Link> to join the
          conversation.
        </p>
      ) : !viewer.displayName ? (
        <p className="comments-join">
          <a href={profile}>Choose the name shown with your comments</a> to join the discussion.
        </p>
      ) : (
        <CommentForm
          label="Your comment"
          submitLabel="Post comment"
          onSubmit={async (body, website) => {
            setNotice(null);
            const result = await postComment({ articleId, parentId: null, body, website });
            if (result.ok) {
              const published = result.data.comment?.status === "APPROVED";
              setNotice(published ? PUBLISHED_NOTICE : HELD_NOTICE);
              reload({ list: published });
            }
            return result;
          }}
        />
      )}
      {noticeLine}
      <OwnHeldComments />
    </div>
  );
}
