"use client";

import { useEffect, useId, useRef, useState } from "react";
import { controlProps, FieldError } from "@/components/editor/manage/form-kit";
import { formatDate } from "@/lib/dates/format";
import type { IssueArticleChoice } from "@/lib/newsletters/issues/dto";
import { searchIssueArticlesAction } from "@/lib/newsletters/issues/actions";

/**
 * The issue's stories: a search over published articles (the latest first
 * when nothing is typed) and the chosen ones in the order the email shows
 * them, each movable and removable with buttons (keyboard friendly).
 */
export function ArticlePicker({
  form,
  chosen,
  onChange,
  error,
  max,
  timeZone,
}: {
  form: string;
  chosen: IssueArticleChoice[];
  onChange: (next: IssueArticleChoice[]) => void;
  error?: string;
  max: number;
  timeZone: string;
}) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<IssueArticleChoice[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState("");
  const requestRef = useRef(0);
  const resultsId = useId();
  const control = controlProps(form, "articleIds", error);

  useEffect(() => {
    const request = ++requestRef.current;
    const timer = setTimeout(async () => {
      try {
        const result = await searchIssueArticlesAction({ query });
        if (request !== requestRef.current) return;
        if (result.ok) {
          setResults(result.data);
          setSearchError(null);
        } else setSearchError(result.error);
      } catch {
        if (request === requestRef.current) setSearchError("The search could not be reached.");
      }
    }, 250);
    return () => clearTimeout(timer);
  }, [query]);

  const chosenIds = new Set(chosen.map((article) => article.id));
  const full = chosen.length >= max;

  function add(article: IssueArticleChoice) {
    if (chosenIds.has(article.id) || full) return;
    onChange([...chosen, article]);
    setAnnounce(`Added “${article.title}” as story ${chosen.length + 1}.`);
  }

  function move(index: number, by: -1 | 1) {
    const next = [...chosen];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    onChange(next);
    setAnnounce(`Moved “${item.title}” to position ${index + by + 1}.`);
  }

  function remove(index: number) {
    const item = chosen[index];
    onChange(chosen.filter((_, i) => i !== index));
    if (item) setAnnounce(`Removed “${item.title}”.`);
  }

  const meta = (article: IssueArticleChoice) =>
    [
      article.section,
      article.publishedAt ? formatDate(new Date(article.publishedAt), timeZone) : "",
    ]
      .filter(Boolean)
      .join(" · ");

  return (
    <fieldset className="ed-fieldset enl-picker">
      <legend>Articles</legend>
      <span className="ed-hint">
        Published stories, shown in this order with their picture and standfirst (at most {max}).
      </span>
      {chosen.length ? (
        <ol className="enl-chosen">
          {chosen.map((article, index) => (
            <li key={article.id}>
              <span className="enl-chosen-index" aria-hidden="true">
                {index + 1}
              </span>
              <span className="enl-chosen-text">
                <strong>{article.title}</strong>
                <span className="ed-muted">{meta(article)}</span>
              </span>
              <span className="enl-chosen-tools">
                <button
                  type="button"
                  className="em-icon-button"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={`Move “${article.title}” up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="em-icon-button"
                  onClick={() => move(index, 1)}
                  disabled={index === chosen.length - 1}
                  aria-label={`Move “${article.title}” down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="em-icon-button em-remove"
                  onClick={() => remove(index)}
                  aria-label={`Remove “${article.title}”`}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="enl-chosen-empty">
          No articles yet: add some below, or write an introduction.
        </p>
      )}
      <div className="ed-field">
        <label htmlFor={control.id}>Find a published article</label>
        <input
          {...control}
          name="article-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Words from the headline"
          autoComplete="off"
          aria-controls={resultsId}
        />
        <FieldError form={form} name="articleIds" error={error} />
      </div>
      <div id={resultsId} className="enl-results">
        {searchError ? <p className="ed-field-error">{searchError}</p> : null}
        {results && !results.length ? (
          <p className="ed-muted">No published article has these words in its headline.</p>
        ) : null}
        {results?.length ? (
          <ul>
            {results.map((article) => {
              const taken = chosenIds.has(article.id);
              return (
                <li key={article.id}>
                  <span className="enl-chosen-text">
                    <span>{article.title}</span>
                    <span className="ed-muted">{meta(article)}</span>
                  </span>
                  <button
                    type="button"
                    className="ed-button"
                    onClick={() => add(article)}
                    disabled={taken || full}
                    aria-label={
                      taken ? `“${article.title}” is in the issue` : `Add “${article.title}”`
                    }
                  >
                    {taken ? "Added" : "Add"}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </fieldset>
  );
}
