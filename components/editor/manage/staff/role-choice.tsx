"use client";

import { ROLES } from "@/lib/auth/permissions";
import type { Role } from "@/lib/staff/dto";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "./role-labels";

/** The role as radio buttons, each with what it allows. */
export function RoleChoice({
  form,
  value,
  onChange,
  error,
  disabled = false,
  hideLegend = false,
}: {
  form: string;
  value: Role;
  onChange: (role: Role) => void;
  error?: string;
  disabled?: boolean;
  /** When a heading right above already says "Role". */
  hideLegend?: boolean;
}) {
  const errorId = `${form}-role-error`;
  return (
    <fieldset
      className="ed-fieldset em-roles"
      id={`${form}-role`}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      disabled={disabled}
    >
      <legend className={hideLegend ? "visually-hidden" : undefined}>Role</legend>
      {ROLES.map((role) => (
        <label key={role} className="em-role-option">
          <input
            type="radio"
            name={`${form}-role`}
            value={role}
            checked={value === role}
            onChange={() => onChange(role)}
          />
          <span>
            <strong>{ROLE_LABELS[role]}</strong>
            <span className="ed-hint">{ROLE_DESCRIPTIONS[role]}</span>
          </span>
        </label>
      ))}
      {error ? (
        <span id={errorId} className="ed-field-error">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
