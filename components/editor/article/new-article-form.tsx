"use client";

import { useActionState } from "react";
import { startArticleFromForm } from "@/lib/articles/editing/actions";
import { EDITION_LABELS } from "@/lib/i18n/edition-labels";
import { EDITIONS } from "@/lib/i18n/editions";
import { LIMITS, TYPE_OPTIONS } from "./article-labels";

/** Starts a draft and opens it in the editor; works before the script has loaded. */
export function NewArticleForm({ canMakePages }: { canMakePages: boolean }) {
  const [state, formAction, pending] = useActionState(startArticleFromForm, null);
  const error = state?.error ?? null;

  return (
    <form className="ed-form ae-new-form" action={formAction}>
      {error ? (
        <p className="ed-error-summary" role="alert">
          {error}
        </p>
      ) : null}
      <div className="ed-field">
        <label htmlFor="new-title">Headline</label>
        <input
          id="new-title"
          name="title"
          maxLength={LIMITS.title}
          required
          aria-describedby="new-title-hint"
          autoFocus
        />
        <span id="new-title-hint" className="ed-hint">
          A working headline is enough: it can change until the article is published, and the
          article&apos;s address follows it until then.
        </span>
      </div>
      <fieldset className="ed-fieldset">
        <legend>Edition</legend>
        <div className="ae-type-choices">
          {EDITIONS.map((edition) => (
            <label key={edition} className="ae-type-choice">
              <input
                type="radio"
                name="edition"
                value={edition}
                defaultChecked={edition === "en"}
              />
              <span>{EDITION_LABELS[edition]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="ed-fieldset">
        <legend>Type</legend>
        <div className="ae-type-choices">
          {TYPE_OPTIONS.filter(([value]) => canMakePages || value !== "PAGE").map(
            ([value, label]) => (
              <label key={value} className="ae-type-choice">
                <input type="radio" name="type" value={value} defaultChecked={value === "NEWS"} />
                <span>{label}</span>
              </label>
            ),
          )}
        </div>
      </fieldset>
      <div>
        <button type="submit" className="ed-button ed-button-primary" disabled={pending}>
          {pending ? "Creating…" : "Create draft"}
        </button>
      </div>
    </form>
  );
}
