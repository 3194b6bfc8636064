"use client";

import { useEffect, useRef, type ReactNode } from "react";

/** The DOM id of a field; dotted paths ("links.0.url") become dashes. */
export const fieldId = (form: string, name: string) => `${form}-${name.replace(/\./g, "-")}`;
const errorId = (form: string, name: string) => `${fieldId(form, name)}-error`;

export interface ControlProps {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/**
 * A labelled field whose control is tied to its hint and error by
 * aria-describedby, so a screen reader reads them with the control.
 */
export function Field({
  form,
  name,
  label,
  hint,
  error,
  className,
  children,
}: {
  form: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = fieldId(form, name);
  const hintId = hint ? `${id}-hint` : null;
  const describedBy = [hintId, error ? errorId(form, name) : null].filter(Boolean).join(" ");
  return (
    <div className={className ? `ed-field ${className}` : "ed-field"}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        name,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint ? (
        <span id={hintId ?? undefined} className="ed-hint">
          {hint}
        </span>
      ) : null}
      <FieldError form={form} name={name} error={error} />
    </div>
  );
}

export function FieldError({ form, name, error }: { form: string; name: string; error?: string }) {
  if (!error) return null;
  return (
    <span id={errorId(form, name)} className="ed-field-error">
      {error}
    </span>
  );
}

/** Props tying a bare control (in a table row, a checkbox) to its error. */
export function controlProps(form: string, name: string, error?: string): ControlProps {
  return {
    id: fieldId(form, name),
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? errorId(form, name) : undefined,
  };
}

/**
 * The failure of the last attempt: its message, then each field error as a
 * link to its field. It takes focus when it appears, so keyboard and screen
 * reader users land on it.
 */
export function ErrorSummary({
  form,
  failure,
  labelFor,
}: {
  form: string;
  failure: { error: string; fieldErrors?: Record<string, string> } | null;
  labelFor?: (name: string) => string | undefined;
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
            const label = labelFor?.(name);
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
