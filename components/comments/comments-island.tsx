"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { CommentListJson, CommentThreadJson } from "@/lib/comments/dto";
import { hasReaderHint } from "@/lib/readers/reader-hint";
import { fetchPublishedComments, fetchViewer } from "./comments-api";
import { CommentComposer } from "./comment-composer";
import { CommentList } from "./comment-list";
import { CommentsContext, type CommentsContextValue, type Viewer } from "./comments-context";
import { commentsSummary } from "./comments-summary";
import { COMMENTS_TEXT } from "./comments-text";
import type { Edition } from "@/lib/i18n/dto";

/**
 * The comments region, as a client island. The page's HTML (the list
 * included) is the same for every visitor and says "Sign in to comment"; in
 * a browser where a reader has signed in, this asks /api/comments who they
 * are and turns on the form and their buttons. After a change of theirs that
 * readers see, it reloads the published list (/fragments/comments/{id}).
 */
export function CommentsIsland({
  articleId,
  edition = "en",
  mode,
  membersOnly = false,
  path,
  timeZone,
  count,
  threads,
  headingId,
}: {
  articleId: string;
  edition?: Edition;
  mode: "OPEN" | "CLOSED";
  /** Only members may post: the signed-out state says so. */
  membersOnly?: boolean;
  path: string;
  timeZone: string;
  /** Published comments, as the shared page counts them. */
  count: number;
  /** Published comments, as the shared page shows them. */
  threads: CommentThreadJson[];
  headingId: string;
}) {
  const [list, setList] = useState<CommentListJson>({ count, threads });
  const [viewer, setViewer] = useState<Viewer>({ state: "anonymous" });
  const [open, setOpen] = useState<CommentsContextValue["open"]>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    // Readers who never signed in on this browser make no request at all.
    if (!hasReaderHint()) return;
    let live = true;
    void fetchViewer(articleId, edition).then((result) => {
      if (!live) return;
      if (result.ok && result.data.reader) {
        setViewer({ state: "reader", ...result.data.reader, mine: result.data.mine });
      } else {
        setViewer({ state: "anonymous" });
      }
    });
    return () => {
      live = false;
    };
  }, [articleId, edition, generation]);

  const reload = useCallback(
    (options: { list?: boolean } = {}) => {
      setGeneration((n) => n + 1);
      if (!options.list) return;
      void fetchPublishedComments(articleId).then((published) => {
        if (published) setList(published);
      });
    },
    [articleId],
  );
  const signedOut = useCallback(() => {
    setViewer({ state: "anonymous" });
    setOpen(null);
  }, []);

  const text = COMMENTS_TEXT[edition];
  const value = useMemo(
    () => ({
      articleId,
      edition,
      text,
      mode,
      membersOnly,
      path,
      timeZone,
      viewer,
      reload,
      signedOut,
      open,
      setOpen,
      notice,
      setNotice,
    }),
    [
      articleId,
      edition,
      text,
      mode,
      membersOnly,
      path,
      timeZone,
      viewer,
      reload,
      signedOut,
      open,
      notice,
    ],
  );
  const summary = commentsSummary(
    {
      published: list.count,
      ownHeld:
        viewer.state === "reader"
          ? viewer.mine.filter((comment) => comment.status === "PENDING").length
          : 0,
      mode,
    },
    text,
  );
  return (
    <CommentsContext.Provider value={value}>
      <header className="comments-head">
        <h2 id={headingId}>{text.heading}</h2>
        <p className="comments-total">{summary.total}</p>
      </header>
      <CommentComposer />
      <CommentList threads={list.threads} timeZone={timeZone} edition={edition} />
      {summary.empty ? <p className="comments-empty">{summary.empty}</p> : null}
    </CommentsContext.Provider>
  );
}
