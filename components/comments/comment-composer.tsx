"use client";

import Link from "next/link";
import { editionPath } from "@/lib/i18n/editions";
import { useState } from "react";
import { CommentForm } from "./comment-form";
import { OwnHeldComments } from "./own-held-comments";
import { postComment, signOutReader } from "./comments-api";
import { useComments } from "./comments-context";

/**
 * The top of the comments region: who is signed in and the form for a new
 * comment, or the way in. Its first (server-rendered) state is the one for
 * a visitor who is not signed in, a plain link that works without JavaScript.
 */
export function CommentComposer() {
  const {
    articleId,
    edition,
    text,
    mode,
    membersOnly,
    path,
    viewer,
    reload,
    signedOut,
    notice,
    setNotice,
  } = useComments();
  const [signingOut, setSigningOut] = useState(false);
  const query = new URLSearchParams({ returnTo: path });
  const signIn = editionPath(edition, `/comments/sign-in?${query}`);
  const profile = editionPath(edition, `/comments/profile?${query}`);

  const noticeLine = (
    <p className="comments-notice" role="status">
      {notice}
    </p>
  );

  if (viewer.state !== "reader") {
    return (
      <div className="comments-composer">
        {mode === "CLOSED" ? (
          <p className="comments-closed">{text.closed}</p>
        ) : (
          <p className="comments-join">
            <a href={signIn} className="button">
              {text.signInToComment}
            </a>{" "}
            {membersOnly ? (
              <span>
                {text.membersSignIn[0]}
                <Link href="/membership">{text.membersSignIn[1]}</Link>
                {text.membersSignIn[2]}
              </span>
            ) : (
              <span>{text.noPassword}</span>
            )}
          </p>
        )}
        {noticeLine}
      </div>
    );
  }

  async function signOut() {
    setSigningOut(true);
    await signOutReader(edition);
    setSigningOut(false);
    setNotice(text.signedOut);
    signedOut();
  }

  return (
    <div className="comments-composer">
      <p className="comments-reader">
        {text.signedInAs} <strong>{viewer.displayName || text.nameless}</strong>
        <span aria-hidden="true"> · </span>
        <a href={profile}>{viewer.displayName ? text.changeName : text.chooseName}</a>
        <span aria-hidden="true"> · </span>
        <button
          type="button"
          className="comment-button-quiet"
          onClick={signOut}
          disabled={signingOut}
        >
          {text.signOut}
        </button>
      </p>
      {viewer.banned ? (
        <p className="comments-closed">{text.banned}</p>
      ) : mode === "CLOSED" ? (
        <p className="comments-closed">{text.closed}</p>
      ) : viewer.needsMembership ? (
        <p className="comments-join">
          {text.membersOnly[0]}
          <Link href="/membership">{text.membersOnly[1]}</Link>
          {text.membersOnly[2]}
        </p>
      ) : !viewer.displayName ? (
        <p className="comments-join">
          <a href={profile}>{text.chooseNameFirst[0]}</a>
          {text.chooseNameFirst[1]}
        </p>
      ) : (
        <CommentForm
          label={text.yourComment}
          submitLabel={text.postComment}
          onSubmit={async (body, website) => {
            setNotice(null);
            const result = await postComment(edition, { articleId, parentId: null, body, website });
            if (result.ok) {
              const published = result.data.comment?.status === "APPROVED";
              setNotice(published ? text.published : text.held);
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
