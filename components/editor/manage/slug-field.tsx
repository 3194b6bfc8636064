"use client";

import { Field } from "./form-kit";

/** The address field: the path prefix shown before an editable slug. */
export function SlugField({
  form,
  prefix,
  value,
  onChange,
  error,
  hint,
  label = "Address",
}: {
  form: string;
  prefix: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint: string;
  label?: string;
}) {
  return (
    <Field form={form} name="slug" label={label} error={error} hint={hint}>
      {(control) => (
        <div className="em-prefixed">
          <span aria-hidden="true">{prefix}</span>
          <input
            {...control}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            spellCheck={false}
            autoCapitalize="none"
            autoComplete="off"
          />
        </div>
      )}
    </Field>
  );
}
