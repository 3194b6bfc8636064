"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { restoreRevisionFromForm } from "@/lib/articles/revisions/actions";
import { initialRestoreFormState } from "@/lib/articles/revisions/restore-form-state";

/**
 * The confirmation step of "Restore this version": reached by a link, so it
 * is a page state rather than a browser dialog, and its form posts to the
 * server action, so it works before JavaScript loads. The version the page
 * was loaded at goes with it: if someone saved since, nothing is restored
 * and the conflict is explained.
 */
export function RestorePanel({
  articleId,
  revisionId,
  revisionVersion,
  articleVersion,
  live,
  editorHref,
  cancelHref,
}: {
  articleId: string;
  revisionId: string;
  revisionVersion: number;
  articleVersion: number;
  /** The article is published: a restore changes the public page at once. */
  live: boolean;
  editorHref: string;
  cancelHref: string;
}) {
  const [state, formAction, pending] = useActionState(
    restoreRevisionFromForm,
    initialRestoreFormState,
  );
  const titleId = useId();

  return (
    <section className="rv-restore" data-state={state.status} aria-labelledby={titleId}>
      <h2 id={titleId}>Restore version {revisionVersion}?</h2>
      <p>
        Its fields replace the current ones as a new version. Nothing is lost: the current version
        stays in this history and can be restored in turn.
        {live ? <strong> This article is live: the public page changes at once.</strong> : null}
      </p>
      {state.status === "conflict" ? (
        <div className="ed-error-summary" role="alert">
          <p>
            Nothing was restored. {state.message}
            {state.conflict
              ? ` It is now version ${state.conflict.version}, saved by ${state.conflict.updatedBy}.`
              : null}
          </p>
          <p>
            <Link href={editorHref}>Open the editor</Link> to see the latest version, or{" "}
            <Link href={cancelHref}>reload the history</Link> and choose again.
          </p>
        </div>
      ) : state.status === "failed" ? (
        <div className="ed-error-summary" role="alert">
          <p>{state.message}</p>
          {state.fieldErrors.length ? (
            <ul>
              {state.fieldErrors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <form action={formAction} className="rv-restore-actions">
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="revisionId" value={revisionId} />
        <input type="hidden" name="version" value={articleVersion} />
        {/* After a conflict this page's version is stale: another try would fail the same way. */}
        {state.status === "conflict" ? null : (
          <button type="submit" className="ed-button ed-button-primary" disabled={pending}>
            {pending ? "Restoring…" : `Restore version ${revisionVersion}`}
          </button>
        )}
        <Link href={cancelHref} className="ed-button ed-button-quiet">
          Cancel
        </Link>
      </form>
    </section>
  );
}
