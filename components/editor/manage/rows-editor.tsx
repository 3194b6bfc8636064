"use client";

import { useState } from "react";
import { controlProps, FieldError, fieldId } from "./form-kit";

// Keys for rows added by hand; only touched in event handlers.
let added = 0;

export interface RowColumn<R> {
  key: keyof R & string;
  label: string;
  /** A select when options are given, otherwise a text input. */
  options?: readonly { value: string; label: string }[];
  placeholder?: string;
  type?: "text" | "url";
  /** Relative width in the row grid (fr units). */
  grow?: number;
}

/**
 * An ordered list of small records (links, promo slots) edited in place:
 * add, remove, move up and down. Each control is labelled with its column
 * and row, and its error comes from the dotted path "name.index.key".
 */
export function RowsEditor<R extends Record<string, string>>({
  form,
  name,
  legend,
  hint,
  rows,
  onChange,
  columns,
  blank,
  max,
  addLabel,
  errorFor,
}: {
  form: string;
  name: string;
  legend: string;
  hint?: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  columns: RowColumn<R>[];
  blank: R;
  max: number;
  addLabel: string;
  errorFor: (path: string) => string | undefined;
}) {
  // React keys that follow rows through moves and removals, so a focused
  // input stays with its row.
  const [keys, setKeys] = useState(() => rows.map((_, i) => `initial-${i}`));
  const keyOf = (index: number) => keys[index] ?? `extra-${index}`;

  const edit = (index: number, key: keyof R & string, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const remove = (index: number) => {
    setKeys(rows.map((_, i) => keyOf(i)).filter((_, i) => i !== index));
    onChange(rows.filter((_, i) => i !== index));
  };
  const move = (index: number, by: -1 | 1) => {
    const nextRows = [...rows];
    const nextKeys = rows.map((_, i) => keyOf(i));
    const [row] = nextRows.splice(index, 1);
    const [key] = nextKeys.splice(index, 1);
    if (!row || !key) return;
    nextRows.splice(index + by, 0, row);
    nextKeys.splice(index + by, 0, key);
    setKeys(nextKeys);
    onChange(nextRows);
  };
  const add = () => {
    setKeys([...rows.map((_, i) => keyOf(i)), `added-${++added}`]);
    onChange([...rows, { ...blank }]);
  };

  const template = `${columns.map((c) => `minmax(0, ${c.grow ?? 1}fr)`).join(" ")} auto`;
  const hintId = hint ? `${fieldId(form, name)}-hint` : undefined;
  const listError = errorFor(name);

  return (
    <fieldset className="ed-fieldset em-rows" id={fieldId(form, name)} aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="ed-hint">
          {hint}
        </p>
      ) : null}
      {rows.length ? (
        <div className="em-rows-head" style={{ gridTemplateColumns: template }} aria-hidden="true">
          {columns.map((column) => (
            <span key={column.key}>{column.label}</span>
          ))}
          <span />
        </div>
      ) : null}
      {rows.map((row, index) => (
        <div key={keyOf(index)} className="em-row" style={{ gridTemplateColumns: template }}>
          {columns.map((column) => {
            const path = `${name}.${index}.${column.key}`;
            const error = errorFor(path);
            const props = controlProps(form, path, error);
            const label = `${column.label}, row ${index + 1}`;
            return (
              <div key={column.key} className="em-row-cell">
                <label htmlFor={props.id} className="visually-hidden">
                  {label}
                </label>
                {column.options ? (
                  <select
                    {...props}
                    value={row[column.key]}
                    onChange={(e) => edit(index, column.key, e.target.value)}
                  >
                    {column.options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    {...props}
                    type={column.type ?? "text"}
                    value={row[column.key]}
                    placeholder={column.placeholder}
                    onChange={(e) => edit(index, column.key, e.target.value)}
                    autoComplete="off"
                  />
                )}
                <FieldError form={form} name={path} error={error} />
              </div>
            );
          })}
          <div className="em-row-tools">
            <button
              type="button"
              className="em-icon-button"
              onClick={() => move(index, -1)}
              disabled={index === 0}
              aria-label={`Move row ${index + 1} up`}
            >
              ↑
            </button>
            <button
              type="button"
              className="em-icon-button"
              onClick={() => move(index, 1)}
              disabled={index === rows.length - 1}
              aria-label={`Move row ${index + 1} down`}
            >
              ↓
            </button>
            <button
              type="button"
              className="em-icon-button em-remove"
              onClick={() => remove(index)}
              aria-label={`Remove row ${index + 1}`}
            >
              ×
            </button>
          </div>
        </div>
      ))}
      <FieldError form={form} name={name} error={listError} />
      <div>
        <button
          type="button"
          className="ed-button ed-button-quiet"
          onClick={add}
          disabled={rows.length >= max}
        >
          <span aria-hidden="true">+</span> {addLabel}
        </button>
        {rows.length >= max ? <span className="ed-hint"> At most {max}.</span> : null}
      </div>
    </fieldset>
  );
}
