"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createArticleAction } from "@/lib/articles/editing/actions";
import { LIMITS, TYPE_OPTIONS, type ArticleType } from "./article-labels";

/** Starts a draft and opens it in the editor. */
export function NewArticleForm({ canMakePages }: { canMakePages: boolean }) {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [type, setType] = useState<ArticleType>("NEWS");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await createArticleAction({ title, type });
      if (result.ok) {
        router.push(`/editor/articles/${result.data.id}`);
        return;
      }
      setError(
        result.code === "unauthenticated"
          ? "Your session has ended. Sign in again, then start the article."
          : result.error,
      );
    } catch {
      setError("The newsroom could not be reached. Check the connection and try again.");
    }
    setPending(false);
  }

  return (
    <form className="ed-form ae-new-form" onSubmit={onSubmit}>
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
          value={title}
          maxLength={LIMITS.title}
          onChange={(event) => setTitle(event.target.value)}
          aria-describedby="new-title-hint"
          autoFocus
        />
        <span id="new-title-hint" className="ed-hint">
          Optional: you can write it in the editor. It also suggests the article&apos;s address.
        </span>
      </div>
      <fieldset className="ed-fieldset">
        <legend>Type</legend>
        <div className="ae-type-choices">
          {TYPE_OPTIONS.filter(([value]) => canMakePages || value !== "PAGE").map(
            ([value, label]) => (
              <label key={value} className="ae-type-choice">
                <input
                  type="radio"
                  name="type"
                  value={value}
                  checked={type === value}
                  onChange={() => setType(value)}
                />
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
