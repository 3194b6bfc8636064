"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { SIGN_UP_MESSAGES, type NewsletterCardDto, type SignUpSource } from "@/lib/newsletters/dto";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { HoneypotField } from "./honeypot-field";

export type SignUpFormState =
  | { status: "idle" }
  | { status: "pending" }
  | { status: "success"; message: string }
  | { status: "error"; message: string; field?: "email" };

/** Loose on purpose: the server decides; this only catches the obvious typo before a round trip. */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * One newsletter's sign-up form. The markup is the same for every visitor
 * (it sits on cached pages) and posts to /api/newsletters/subscribe, which
 * answers a plain post with a page. Once the script runs, the form submits
 * in place and shows the answer inline.
 */
export function SignUpForm({
  newsletter,
  source,
  headingLevel = 3,
  compact = false,
  initial = { status: "idle" },
  formLabel,
}: {
  newsletter: Pick<NewsletterCardDto, "slug" | "name" | "description" | "cadence">;
  source: SignUpSource;
  headingLevel?: 2 | 3;
  /** Name and field only (the footer). */
  compact?: boolean;
  /** The no-JavaScript answer page shows the outcome it was sent with. */
  initial?: SignUpFormState;
  /** The form's accessible name when the page has another form for the same newsletter. */
  formLabel?: string;
}) {
  const id = useId();
  const [state, setState] = useState<SignUpFormState>(initial);
  const input = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Until the script runs the browser's own checks apply; after, ours do.
  useEffect(() => {
    if (formRef.current) formRef.current.noValidate = true;
  }, []);

  const Heading = headingLevel === 2 ? "h2" : "h3";
  const ids = { heading: `${id}-name`, email: `${id}-email`, message: `${id}-message` };
  const error = state.status === "error" ? state : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get("email") ?? "").trim();
    if (!LOOKS_LIKE_EMAIL.test(email)) {
      setState({ status: "error", message: SIGN_UP_MESSAGES.invalidEmail, field: "email" });
      input.current?.focus();
      return;
    }
    setState({ status: "pending" });
    try {
      const response = await fetch(form.action, {
        method: "POST",
        headers: { Accept: "application/json" },
        body: new URLSearchParams(data as unknown as Record<string, string>),
        credentials: "same-origin",
      });
      const answer = (await response.json()) as { ok: boolean; message: string; field?: "email" };
      if (answer.ok) {
        setState({ status: "success", message: answer.message });
      } else {
        setState({ status: "error", message: answer.message, field: answer.field });
        if (answer.field === "email") input.current?.focus();
      }
    } catch {
      // Offline or an unexpected answer: fall back to the plain post and its page.
      form.submit();
    }
  }

  return (
    <form
      className={compact ? "nl-form nl-form-compact" : "nl-form"}
      method="post"
      action={newsletterPaths.api.subscribe}
      ref={formRef}
      onSubmit={onSubmit}
      aria-labelledby={formLabel ? undefined : ids.heading}
      aria-label={formLabel}
    >
      <div className="nl-form-head">
        <Heading id={ids.heading} className="nl-form-name">
          {newsletter.name}
        </Heading>
        {newsletter.cadence ? <p className="nl-form-cadence">{newsletter.cadence}</p> : null}
      </div>
      {!compact && newsletter.description ? (
        <p className="nl-form-description">{newsletter.description}</p>
      ) : null}
      <input type="hidden" name="newsletter" value={newsletter.slug} />
      <input type="hidden" name="source" value={source} />
      <HoneypotField />
      {state.status === "success" ? null : (
        <>
          <p className="nl-required-note">
            <span className="nl-required" aria-hidden="true">
              *
            </span>{" "}
            indicates required
          </p>
          <label htmlFor={ids.email} className="nl-label">
            Email address{" "}
            <span className="nl-required" aria-hidden="true">
              *
            </span>
          </label>
          <div className="nl-form-row">
            <input
              ref={input}
              id={ids.email}
              name="email"
              type="email"
              inputMode="email"
              autoComplete="email"
              required
              maxLength={254}
              aria-invalid={error?.field === "email" ? true : undefined}
              aria-describedby={error ? ids.message : undefined}
            />
            <button
              type="submit"
              className="button nl-submit"
              disabled={state.status === "pending"}
            >
              {state.status === "pending" ? "Signing up…" : "Sign up"}
            </button>
          </div>
        </>
      )}
      <div id={ids.message} className="nl-form-message" role="status" aria-live="polite">
        {state.status === "success" ? <p className="nl-form-success">{state.message}</p> : null}
        {error ? <p className="nl-form-error">{error.message}</p> : null}
      </div>
    </form>
  );
}
