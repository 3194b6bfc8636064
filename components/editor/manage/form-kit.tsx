"use client";

import {
  useEffect,
  useRef,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type RefObject,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";

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

type Failure = { error: string; fieldErrors?: Record<string, string> } | null;

/**
 * The staff forms' frame: validation is the server's (noValidate, so its
 * messages are the ones shown), the failure summary comes first, then the
 * success message when the form has one (`action.message` given, null included).
 */
export function KitForm({
  form,
  formRef,
  action: { pending, failure, message },
  labelFor,
  onSubmit,
  className,
  children,
}: {
  form: string;
  formRef?: RefObject<HTMLFormElement | null>;
  /** The state of the form's action (use-manage-action.ts). */
  action: { pending: boolean; failure: Failure; message?: string | null };
  labelFor?: (name: string) => string | undefined;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      ref={formRef}
      className={className ? `ed-form em-form ${className}` : "ed-form em-form"}
      onSubmit={onSubmit}
      noValidate
      aria-busy={pending}
    >
      <ErrorSummary form={form} failure={failure} labelFor={labelFor} />
      {message !== undefined ? <StatusMessage message={message} /> : null}
      {children}
    </form>
  );
}

/** The props naming a field of `form` and carrying its error: `{...field("name")}`. */
export const fieldProps =
  (form: string, errorFor: (name: string) => string | undefined) => (name: string) => ({
    form,
    name,
    error: errorFor(name),
  });

interface Labelled {
  form: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
}
type Bare<A> = Omit<A, "form" | "name" | "id" | "value" | "onChange" | "children">;

/** A text input (any type) bound to one value. */
export function TextField({
  form,
  name,
  label,
  hint,
  error,
  className,
  value,
  onChange,
  ...input
}: Labelled &
  Bare<InputHTMLAttributes<HTMLInputElement>> & {
    value: string | number;
    onChange: (value: string, input: HTMLInputElement) => void;
  }) {
  return (
    <Field form={form} name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value, e.target)}
          {...input}
        />
      )}
    </Field>
  );
}

export function TextArea({
  form,
  name,
  label,
  hint,
  error,
  className,
  value,
  onChange,
  ...textarea
}: Labelled &
  Bare<TextareaHTMLAttributes<HTMLTextAreaElement>> & {
    value: string;
    onChange: (value: string) => void;
  }) {
  return (
    <Field form={form} name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...textarea}
        />
      )}
    </Field>
  );
}

/** A select; its options are the children. */
export function Select({
  form,
  name,
  label,
  hint,
  error,
  className,
  value,
  onChange,
  children,
  ...select
}: Labelled &
  Bare<SelectHTMLAttributes<HTMLSelectElement>> & {
    value: string;
    onChange: (value: string) => void;
    children: ReactNode;
  }) {
  return (
    <Field form={form} name={name} label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}

/** A checkbox inside its label, with a hint under it. */
export function Checkbox({
  name,
  label,
  hint,
  checked,
  onChange,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="ed-field">
      <label className="ed-check">
        <input
          type="checkbox"
          name={name}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      {hint ? <span className="ed-hint">{hint}</span> : null}
    </div>
  );
}

/**
 * The submit button. It waits for the script (`ready`): the browser's own
 * submission would send the fields to the page's address and lose them.
 */
export function SubmitRow({
  pending,
  ready,
  label,
  pendingLabel = "Saving…",
  className,
}: {
  pending: boolean;
  ready: boolean;
  label: string;
  pendingLabel?: string;
  className?: string;
}) {
  return (
    <div className={className ? `em-actions ${className}` : "em-actions"}>
      <button type="submit" className="ed-button ed-button-primary" disabled={pending || !ready}>
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
