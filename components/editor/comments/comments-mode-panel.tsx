"use client";

import { useEffect, useId, useState } from "react";
import Link from "next/link";
import {
  loadArticleCommentsPanelAction,
  setArticleCommentsModeAction,
} from "@/lib/comments/actions";
import type { ArticleCommentsPanelDto, CommentsMode } from "@/lib/comments/dto";
import "../../../app/styles/editor-comments.css";

const MODE_LABELS: Record<Exclude<CommentsMode, "SITE_DEFAULT">, string> = {
  OPEN: "open",
  CLOSED: "closed",
  OFF: "off",
};

const OFFLINE = "The newsroom could not be reached. Check the connection and try again.";

/**
 * "Comments" in the article editor's sidebar, for those who moderate: open,
 * closed (shown, no new ones) or off, or the site's default. It takes effect
 * at once and is not part of the article's saved versions. Others see nothing.
 */
export function CommentsModePanel({ articleId }: { articleId: string }) {
  const id = useId();
  const [panel, setPanel] = useState<ArticleCommentsPanelDto | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadArticleCommentsPanelAction({ articleId })
      .then((result) => {
        if (live && result.ok) setPanel(result.data);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [articleId]);

  if (!panel) return null;

  async function choose(mode: CommentsMode) {
    setPending(true);
    setMessage(null);
    setError(null);
    try {
      const result = await setArticleCommentsModeAction({ articleId, mode });
      if (result.ok) {
        setPanel((current) => (current ? { ...current, mode: result.data.mode } : current));
        setMessage("Saved. Readers see the change at once.");
      } else {
        setError(result.error);
      }
    } catch {
      setError(OFFLINE);
    } finally {
      setPending(false);
    }
  }

  const options: { value: CommentsMode; label: string }[] = [
    { value: "SITE_DEFAULT", label: `Site default (${MODE_LABELS[panel.siteDefault]})` },
    { value: "OPEN", label: "Open: readers can comment" },
    { value: "CLOSED", label: "Closed: shown, no new comments" },
    { value: "OFF", label: "Off: no comments shown" },
  ];

  return (
    <section className="ed-panel ae-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Comments</h2>
      <div className="ed-field">
        <label htmlFor={`${id}-mode`}>Reader comments</label>
        <select
          id={`${id}-mode`}
          value={panel.mode}
          disabled={pending}
          onChange={(event) => void choose(event.target.value as CommentsMode)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <p className="edc-panel-counts">
        {panel.visible} published · {panel.pending} waiting ·{" "}
        <Link
          href={`/editor/comments?status=ALL&article=${encodeURIComponent(articleId)}`}
          prefetch={false}
        >
          Moderate
        </Link>
      </p>
      <div role="status" aria-live="polite">
        {message ? <p className="ed-hint">{message}</p> : null}
      </div>
      {error ? (
        <p className="ed-field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
