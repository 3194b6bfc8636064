"use client";

import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";

/** The DOM id of a field; dotted paths ("links.0.url") become dashes. */
export const fieldId = (form: string, name: string) => `${form}-${name.replace(/\./g, "-")}`;
const errorId = (form: string, name: string) => `${fieldId(form, name)}-error`;

/**
 * A form's field labels: one table by field name, read by the fields and by
 * the error summary alike, or a function where names are made up (list rows).
 */
export type FieldLabels = Record<string, string> | ((name: string) => string | undefined);

export const labelIn = (labels: FieldLabels | undefined, name: string) =>
  typeof labels === "function" ? labels(name) : labels?.[name];

/**
 * Labels for a form with lists of rows: a row's field ("links.0.url") is
 * named by its list's item, its number and its column ("Link 1, address").
 */
export function withRowLabels(
  labels: Record<string, string>,
  items: Record<string, string>,
  columns: Record<string, string>,
): (name: string) => string | undefined {
  return (name) => {
    const [list, index, key] = name.split(".");
    if (list && index !== undefined && key) {
      return `${items[list] ?? list} ${Number(index) + 1}, ${columns[key] ?? key}`;
    }
    return labels[name];
  };
}

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
 * The props naming a field of `form`, with its label from the form's table
 * and its error: `{...field("name")}`. A field may still give its own label.
 * The form's id and labels ride along, for the form's error summary.
 */
export function fieldProps(
  form: string,
  labels: FieldLabels,
  errorFor: (name: string) => string | undefined,
) {
  const field = (name: string) => ({
    form,
    name,
    label: labelIn(labels, name) ?? name,
    error: errorFor(name),
  });
  return Object.assign(field, { form, labels });
}

export type FormFields = ReturnType<typeof fieldProps>;

interface Labelled {
  form: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
}
type Bare<A> = Omit<A, "form" | "name" | "id" | "value" | "onChange" | "children">;

/** A field's own props (for Field) apart from those of its control. */
function splitLabelled<P extends Labelled>({
  form,
  name,
  label,
  hint,
  error,
  className,
  ...control
}: P) {
  return [{ form, name, label, hint, error, className }, control] as const;
}

/** A text input (any type) bound to one value. */
export function TextField({
  value,
  onChange,
  ...props
}: Labelled &
  Bare<InputHTMLAttributes<HTMLInputElement>> & {
    value: string | number;
    onChange: (value: string, input: HTMLInputElement) => void;
  }) {
  const [labelled, input] = splitLabelled(props);
  return (
    <Field {...labelled}>
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
  value,
  onChange,
  ...props
}: Labelled &
  Bare<TextareaHTMLAttributes<HTMLTextAreaElement>> & {
    value: string;
    onChange: (value: string) => void;
  }) {
  const [labelled, textarea] = splitLabelled(props);
  return (
    <Field {...labelled}>
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

/**
 * The name of what a form makes (a section, a tag, a byline…): required and
 * never autofilled. A little more than `limit` may be typed, so a pasted name
 * is not cut short unseen: the server's message then says how long it may be.
 */
export function NameField({
  limit,
  ...field
}: Omit<Parameters<typeof TextField>[0], "maxLength" | "required" | "autoComplete"> & {
  limit?: number;
}) {
  return (
    <TextField
      {...field}
      maxLength={limit === undefined ? undefined : limit + 20}
      required
      autoComplete="off"
    />
  );
}

/** A select; its options are the children. */
export function Select({
  value,
  onChange,
  children,
  ...props
}: Labelled &
  Bare<SelectHTMLAttributes<HTMLSelectElement>> & {
    value: string;
    onChange: (value: string) => void;
    children: ReactNode;
  }) {
  const [labelled, select] = splitLabelled(props);
  return (
    <Field {...labelled}>
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

/** A form's own error (not a field's), said at once to assistive technology. */
export function FormAlert({ error }: { error: string | null }) {
  return error ? (
    <p className="ed-field-error" role="alert">
      {error}
    </p>
  ) : null;
}
