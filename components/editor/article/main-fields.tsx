"use client";

import { memo, type KeyboardEvent } from "react";
import {
  RichTextEditor,
  type RichTextEditorProps,
} from "@/components/editor/rich-text/rich-text-editor";
import { STANDFIRST_MAX, STANDFIRST_MIN } from "@/lib/articles/editing/checklist";
import type { ArticleDocument } from "@/lib/documents/dto";
import { LIMITS } from "./article-labels";
import { Field, FieldError } from "./field";
import { errorFor, errorId, fieldId, type FieldErrors } from "./field-errors";
import { focusField } from "./error-summary";

/** Headline, standfirst and body: the writing column. */
export function MainFields({
  title,
  standfirst,
  body,
  bodyKey,
  errors,
  disabled,
  onTitle,
  onStandfirst,
  onBody,
  services,
}: {
  title: string;
  standfirst: string;
  body: ArticleDocument;
  bodyKey: number;
  errors: FieldErrors;
  disabled: boolean;
  onTitle: (title: string) => void;
  onStandfirst: (standfirst: string) => void;
  onBody: (body: ArticleDocument) => void;
  services: Pick<
    RichTextEditorProps,
    "pickImage" | "searchArticles" | "describeMedia" | "describeArticle"
  >;
}) {
  const titleError = errorFor(errors, "title");
  const bodyError = errorFor(errors, "body");
  return (
    <div className="ae-writing">
      <Field
        name="title"
        label="Headline"
        error={titleError}
        className="ae-headline-field"
        count={
          title.length > LIMITS.title - 40 ? { used: title.length, max: LIMITS.title } : undefined
        }
      >
        {(control) => (
          <textarea
            {...control}
            className="ae-headline"
            rows={1}
            value={title}
            maxLength={LIMITS.title}
            placeholder="Headline"
            disabled={disabled}
            onChange={(event) => onTitle(event.target.value.replace(/\s*\n\s*/g, " "))}
            onKeyDown={(event) => nextOnEnter(event, "standfirst")}
          />
        )}
      </Field>
      <Field
        name="standfirst"
        label="Standfirst"
        error={errorFor(errors, "standfirst")}
        className="ae-standfirst-field"
        // The checklist's rule (trimmed, as it counts), not the field's storage limit.
        count={{ used: standfirst.trim().length, min: STANDFIRST_MIN, max: STANDFIRST_MAX }}
      >
        {(control) => (
          <textarea
            {...control}
            className="ae-standfirst"
            rows={2}
            value={standfirst}
            maxLength={LIMITS.standfirst}
            placeholder="One or two sentences that sum up the story"
            disabled={disabled}
            onChange={(event) => onStandfirst(event.target.value.replace(/\s*\n\s*/g, " "))}
            onKeyDown={(event) => nextOnEnter(event, "body")}
          />
        )}
      </Field>
      <div className="ed-field ae-body-field">
        <span className="ae-label-row">
          <span id="article-body-label" className="ed-label">
            Body
          </span>
        </span>
        <div
          id={fieldId("body")}
          className="ae-body"
          data-invalid={bodyError ? "" : undefined}
          aria-describedby={bodyError ? errorId("body") : undefined}
        >
          <Body
            value={body}
            resetKey={bodyKey}
            onChange={onBody}
            disabled={disabled}
            labelledBy="article-body-label"
            {...services}
          />
        </div>
        <FieldError name="body" error={bodyError} />
      </div>
    </div>
  );
}

/** Enter in a one-paragraph field moves on instead of adding a line break. */
function nextOnEnter(event: KeyboardEvent<HTMLTextAreaElement>, next: string) {
  if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  focusField(next);
}

/**
 * The body editor re-renders only when its own inputs change, not on every
 * keystroke in the headline.
 */
const Body = memo(function Body(props: RichTextEditorProps) {
  return <RichTextEditor {...props} />;
});
