import type { ReactNode } from "react";
import { errorId, fieldId } from "./field-errors";

export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/**
 * A labelled form field whose control is linked to its hint, its character
 * counter and its error, so a screen reader reads them with the control.
 */
export function Field({
  name,
  label,
  hint,
  error,
  count,
  className = "",
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /**
   * Characters used and the limit, shown as "12/70", or as "12 of 40–300"
   * when the rule also has a minimum.
   */
  count?: { used: number; max: number; ideal?: number; min?: number };
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : null;
  const countId = count ? `${id}-count` : null;
  const describedBy = [hintId, countId, error ? errorId(name) : null].filter(Boolean).join(" ");
  return (
    <div className={`ed-field ${className}`}>
      <div className="ae-label-row">
        <label htmlFor={id}>{label}</label>
        {count ? <CharacterCount id={countId!} {...count} /> : null}
      </div>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint ? (
        <span id={hintId!} className="ed-hint">
          {hint}
        </span>
      ) : null}
      <FieldError name={name} error={error} />
    </div>
  );
}

export function FieldError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <span id={errorId(name)} className="ed-field-error">
      {error}
    </span>
  );
}

function CharacterCount({
  id,
  used,
  max,
  ideal,
  min,
}: {
  id: string;
  used: number;
  max: number;
  ideal?: number;
  min?: number;
}) {
  const state =
    used > max
      ? "over"
      : (ideal !== undefined && used > ideal) || (min !== undefined && used > 0 && used < min)
        ? "near"
        : undefined;
  if (min !== undefined) {
    return (
      <span id={id} className="ae-count" data-state={state}>
        <span className="visually-hidden">
          {used} characters; {min} to {max} needed
        </span>
        <span aria-hidden="true">
          {used} of {min}–{max}
        </span>
      </span>
    );
  }
  return (
    <span id={id} className="ae-count" data-state={state}>
      <span className="visually-hidden">Characters: </span>
      {used}/{max}
    </span>
  );
}
