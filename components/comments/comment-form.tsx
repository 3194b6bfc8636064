"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { COMMENT_MAX_LENGTH, commentLength } from "@/lib/comments/rules";
import type { ReaderResult } from "@/lib/readers/dto";
import { useComments } from "./comments-context";

/**
 * The text box for a new comment, a reply or an edit. The length is counted
 * as the reader types and refused with the count (never cut); the server
 * checks everything again. A hidden "website" field catches form-filling bots.
 */
export function CommentForm({
  label,
  submitLabel,
  initialBody = "",
  autoFocus = false,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  initialBody?: string;
  autoFocus?: boolean;
  onSubmit: (body: string, website: string) => Promise<ReaderResult<unknown>>;
  onCancel?: () => void;
}) {
  const { text } = useComments();
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const honeypot = useRef<HTMLInputElement>(null);
  const length = commentLength(body);
  const over = length > COMMENT_MAX_LENGTH;
  const near = length > COMMENT_MAX_LENGTH * 0.9;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (!body.trim()) {
      setFieldError(text.writeYourComment);
      return;
    }
    if (over) {
      setFieldError(text.tooLong(length));
      return;
    }
    setPending(true);
    setError(null);
    setFieldError(null);
    const result = await onSubmit(body, honeypot.current?.value ?? "");
    setPending(false);
    if (result.ok) {
      setBody("");
      return;
    }
    const message = result.fieldErrors?.body ?? result.fieldErrors?.parentId;
    if (message) setFieldError(message);
    else setError(result.error);
  }

  const describedBy = [`${id}-count`, fieldError ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-body`} className="comment-form-label">
        {label}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={4}
        value={body}
        autoFocus={autoFocus}
        onChange={(event) => {
          setBody(event.target.value);
          if (fieldError) setFieldError(null);
        }}
        aria-invalid={fieldError ? true : undefined}
        aria-describedby={describedBy}
      />
      <div className="comment-hp" aria-hidden="true">
        <label>
          {text.website}
          <input ref={honeypot} type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      {fieldError ? (
        <p id={`${id}-error`} className="comment-field-error">
          {fieldError}
        </p>
      ) : null}
      {error ? (
        <p className="comment-form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="comment-form-actions">
        <p
          id={`${id}-count`}
          className={`comment-count${over ? " is-over" : ""}`}
          aria-live={near ? "polite" : "off"}
        >
          {text.characters(length)}
        </p>
        {onCancel ? (
          <button type="button" className="comment-button-quiet" onClick={onCancel}>
            {text.cancel}
          </button>
        ) : null}
        <button type="submit" className="button" disabled={pending}>
          {pending ? text.sending : submitLabel}
        </button>
      </div>
    </form>
  );
}
