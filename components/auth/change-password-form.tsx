"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { changeOwnPasswordAction } from "@/lib/auth/actions";
import { setStaffHint } from "./staff-hint";

const FIELDS = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password" },
  { name: "newPassword", label: "New password", autoComplete: "new-password" },
  { name: "confirmPassword", label: "New password again", autoComplete: "new-password" },
] as const;

type FieldName = (typeof FIELDS)[number]["name"];

export function ChangePasswordForm({
  email,
  returnTo,
  minLength,
  canCancel,
}: {
  email: string;
  returnTo: string;
  minLength: number;
  canCancel: boolean;
}) {
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [summary, setSummary] = useState("");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = Object.fromEntries(
      FIELDS.map(({ name }) => [name, String(form.get(name) ?? "")]),
    ) as Record<FieldName, string>;
    setPending(true);
    setSummary("");
    const result = await changeOwnPasswordAction(input);
    if (!result.ok) {
      setPending(false);
      setErrors((result.fieldErrors ?? {}) as Partial<Record<FieldName, string>>);
      setSummary(result.error);
      return;
    }
    // The change ended every session of the account, this one included;
    // sign this browser in again with the new password.
    await signIn("credentials", { email, password: input.newPassword, redirect: false });
    setStaffHint();
    window.location.assign(returnTo);
  }

  return (
    <form className="ed-form" onSubmit={onSubmit}>
      {summary ? (
        <p className="ed-error-summary" role="alert">
          {summary}
        </p>
      ) : null}
      {FIELDS.map(({ name, label, autoComplete }) => (
        <div className="ed-field" key={name}>
          <label htmlFor={`password-${name}`}>{label}</label>
          {name === "newPassword" ? (
            <span className="ed-hint" id="password-newPassword-hint">
              At least {minLength} characters. A few unrelated words make a strong one.
            </span>
          ) : null}
          <input
            id={`password-${name}`}
            name={name}
            type="password"
            autoComplete={autoComplete}
            required
            minLength={name === "currentPassword" ? undefined : minLength}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={
              [
                name === "newPassword" ? "password-newPassword-hint" : "",
                errors[name] ? `password-${name}-error` : "",
              ]
                .filter(Boolean)
                .join(" ") || undefined
            }
          />
          {errors[name] ? (
            <span className="ed-field-error" id={`password-${name}-error`}>
              {errors[name]}
            </span>
          ) : null}
        </div>
      ))}
      <button className="ed-button ed-button-primary" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save new password"}
      </button>
      {canCancel ? <Link href={returnTo}>Cancel</Link> : null}
    </form>
  );
}
