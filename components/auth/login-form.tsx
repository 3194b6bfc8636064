"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { setStaffHint } from "./staff-hint";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an active staff account.",
  RateLimited: "Too many failed attempts. Wait 15 minutes, then try again.",
};
const FALLBACK = "Signing in failed. Try again.";

export function LoginForm({
  returnTo,
  initialError,
  signedOut,
}: {
  returnTo: string;
  initialError?: string;
  signedOut: boolean;
}) {
  const [error, setError] = useState(initialError ? (MESSAGES[initialError] ?? FALLBACK) : "");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError("");
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result || result.error || !result.ok) {
      setPending(false);
      setError(MESSAGES[result?.error ?? ""] ?? FALLBACK);
      return;
    }
    setStaffHint();
    // A full navigation, so every server component reads the new session.
    window.location.assign(returnTo);
  }

  return (
    // POST, so that a submit before the script runs (or without it) never
    // puts the password in the address bar, history or server logs.
    <form className="ed-form ed-login-form" method="post" onSubmit={onSubmit} noValidate={false}>
      <noscript>
        <p className="ed-error-summary">
          Signing in to the newsroom needs JavaScript; please turn it on for this site.
        </p>
      </noscript>
      {signedOut && !error ? (
        <p className="ed-notice" role="status">
          You have signed out.
        </p>
      ) : null}
      {error ? (
        <p className="ed-error-summary" role="alert">
          {error}
        </p>
      ) : null}
      <div className="ed-field">
        <label htmlFor="login-email">Email</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
        />
      </div>
      <div className="ed-field">
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <button className="ed-button ed-button-primary" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
