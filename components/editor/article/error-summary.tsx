"use client";

import { useEffect, useRef } from "react";
import { errorSummary, fieldId, type FieldErrors } from "./field-errors";

/** Moves focus to a field's control: the input itself, or the first control inside it. */
export function focusField(field: string) {
  const element = document.getElementById(fieldId(field));
  if (!element) return;
  const target = element.matches("input, select, textarea, button, [contenteditable='true']")
    ? element
    : element.querySelector<HTMLElement>(
        "[contenteditable='true'], input, select, textarea, button",
      );
  (target ?? element).focus();
  element.scrollIntoView({ block: "center", behavior: "smooth" });
}

/**
 * What stopped the last save or move, with a link to each field concerned.
 * It takes focus when it appears after an explicit action.
 */
export function ErrorSummary({
  message,
  errors,
  focusKey,
}: {
  message: string | null;
  errors: FieldErrors;
  /** A new value moves focus here (a new failed save or move), edits do not. */
  focusKey: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = errorSummary(errors);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  if (!message && entries.length === 0) return null;
  return (
    <div
      className="ed-error-summary ae-error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="article-error-title"
    >
      <h2 id="article-error-title">{message ?? "Check the highlighted fields."}</h2>
      {entries.length ? (
        <ul>
          {entries.map((entry) => (
            <li key={entry.field}>
              {entry.label ? (
                <a
                  href={`#${fieldId(entry.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(entry.field);
                  }}
                >
                  {entry.label}: {entry.message}
                </a>
              ) : (
                entry.message
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
