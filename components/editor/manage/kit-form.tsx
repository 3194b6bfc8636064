"use client";

import { useEffect, useRef, type FormEvent, type ReactNode } from "react";
import type { TypedControl, TypedValue } from "../typed-before-hydration";
import { useTypedBeforeHydration } from "../use-typed-before-hydration";
import { fieldId, labelIn, type FieldLabels, type FormFields } from "./form-kit";

/**
 * The failure of the last attempt: its message, then each field error as a
 * link to its field. It takes focus when it appears, so keyboard and screen
 * reader users land on it.
 */
export function ErrorSummary({
  form,
  failure,
  labels,
}: {
  form: string;
  failure: { error: string; fieldErrors?: Record<string, string> } | null;
  labels?: FieldLabels;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure) ref.current?.focus();
  }, [failure]);
  if (!failure) return null;
  const fields = Object.entries(failure.fieldErrors ?? {});
  return (
    <div ref={ref} className="ed-error-summary em-summary" role="alert" tabIndex={-1}>
      <p>{failure.error}</p>
      {fields.length ? (
        <ul>
          {fields.map(([name, message]) => {
            const label = labelIn(labels, name);
            return (
              <li key={name}>
                <a href={`#${fieldId(form, name)}`}>{label ? `${label}: ${message}` : message}</a>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** A success message, announced politely. The region stays mounted so it is announced. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" className="em-status">
      {message ? <p className="ed-notice">{message}</p> : null}
    </div>
  );
}

type Failure = { error: string; fieldErrors?: Record<string, string> } | null;

/**
 * The staff forms' frame: validation is the server's (noValidate, so its
 * messages are the ones shown), the failure summary comes first, then the
 * success message when the form has one (`action.message` given, null
 * included), the fields, and last the submit button. What was typed before
 * the script loaded is handed to `keepTyped` to put in the form's state.
 */
export function KitForm({
  fields,
  action: { pending, failure, message },
  keepTyped,
  submit,
  onSubmit,
  className,
  children,
}: {
  /** The form's `field` (fieldProps): its id and its labels. */
  fields: FormFields;
  /** The state of the form's action (use-manage-action.ts). */
  action: { pending: boolean; failure: Failure; message?: string | null };
  /** Usually `intoValues(values, set)` (use-typed-before-hydration.ts). */
  keepTyped: (control: TypedControl, value: TypedValue) => boolean | void;
  /** The submit button's label; or that, the label shown while it saves and a class for its row. */
  submit: string | { label: string; pendingLabel?: string; className?: string };
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  className?: string;
  children: ReactNode;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const ready = useTypedBeforeHydration(formRef, keepTyped);
  const {
    label,
    pendingLabel = "Saving…",
    className: actionsClass,
  } = typeof submit === "string" ? { label: submit } : submit;
  return (
    <form
      ref={formRef}
      className={className ? `ed-form em-form ${className}` : "ed-form em-form"}
      onSubmit={onSubmit}
      noValidate
      aria-busy={pending}
    >
      <ErrorSummary form={fields.form} failure={failure} labels={fields.labels} />
      {message !== undefined ? <StatusMessage message={message} /> : null}
      {children}
      {/* It waits for the script: the browser's own submission would send
          the fields to the page's address and lose them. */}
      <div className={actionsClass ? `em-actions ${actionsClass}` : "em-actions"}>
        <button type="submit" className="ed-button ed-button-primary" disabled={pending || !ready}>
          {pending ? pendingLabel : label}
        </button>
      </div>
    </form>
  );
}
