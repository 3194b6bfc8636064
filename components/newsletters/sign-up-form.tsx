"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { Edition } from "@/lib/i18n/dto";
import type { Messages } from "@/lib/i18n/dto";
import type { NewsletterCardDto, SignUpSource } from "@/lib/newsletters/dto";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { HoneypotField } from "./honeypot-field";
import { NewsletterChoices } from "./newsletter-choices";

export type SignUpFormState =
  | { status: "idle" }
  | { status: "pending" }
  | { status: "success"; message: string }
  | { status: "error"; message: string; field?: "email" | "newsletter" };

/** Loose on purpose: the server decides; this only catches the obvious typo before a round trip. */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Newsletter = Pick<NewsletterCardDto, "slug" | "name" | "description" | "cadence">;

/** The form's own words, in the edition's language (`messagesFor(edition).newsletters.form`). */
export type SignUpFormText = Messages["newsletters"]["form"];

/**
 * The newsletter sign-up form: one email field for one newsletter, or for
 * any of several chosen with checkboxes. The markup is the same for every
 * visitor (it sits on cached pages) and posts to /api/newsletters/subscribe,
 * which answers a plain post with a page. Once the script runs, the form
 * submits in place and shows the answer inline.
 */
export function SignUpForm({
  newsletters,
  edition = "en",
  text,
  source,
  title,
  headingLevel = 3,
  compact = false,
  checked = [],
  initial = { status: "idle" },
  formLabel,
  anchors = false,
}: {
  /** One newsletter (signed up for as it is), or several to choose from. */
  newsletters: Newsletter[];
  /** The edition of the page: the language of the server's answer. */
  edition?: Edition;
  text: SignUpFormText;
  source: SignUpSource;
  /** The form's heading; a single newsletter's name when left out. */
  title?: string;
  headingLevel?: 2 | 3;
  /** Name and field only (the footer). */
  compact?: boolean;
  /** Newsletters ticked at first (the no-JavaScript answer page keeps the reader's choice). */
  checked?: string[];
  /** The no-JavaScript answer page shows the outcome it was sent with. */
  initial?: SignUpFormState;
  /** The form's accessible name when the page has another form like it. */
  formLabel?: string;
  /** Give each choice its slug as an id (/newsletters#morning-briefing). */
  anchors?: boolean;
}) {
  const id = useId();
  const [state, setState] = useState<SignUpFormState>(initial);
  const input = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const choose = newsletters.length > 1;
  const single = choose ? null : newsletters[0];

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    // Until the script runs the browser's own checks apply; after, ours do.
    form.noValidate = true;
    // /newsletters#morning-briefing: that newsletter is the one the reader came for.
    const tickFromHash = () => {
      const wanted = decodeURIComponent(window.location.hash.slice(1));
      const box = [...form.querySelectorAll<HTMLInputElement>('input[name="newsletter"]')].find(
        (element) => element.type === "checkbox" && element.value === wanted,
      );
      if (box) box.checked = true;
    };
    tickFromHash();
    window.addEventListener("hashchange", tickFromHash);
    return () => window.removeEventListener("hashchange", tickFromHash);
  }, []);

  const Heading = headingLevel === 2 ? "h2" : "h3";
  const heading = title ?? single?.name ?? "";
  const ids = {
    heading: `${id}-heading`,
    email: `${id}-email`,
    message: `${id}-message`,
    choices: `${id}-choices`,
  };
  const error = state.status === "error" ? state : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    if (!data.getAll("newsletter").length) {
      setState({ status: "error", message: text.noNewsletter, field: "newsletter" });
      form.querySelector<HTMLInputElement>('input[name="newsletter"]')?.focus();
      return;
    }
    const email = String(data.get("email") ?? "").trim();
    if (!LOOKS_LIKE_EMAIL.test(email)) {
      setState({ status: "error", message: text.invalidEmail, field: "email" });
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
      const answer = (await response.json()) as {
        ok: boolean;
        message: string;
        field?: "email" | "newsletter";
      };
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
      className={["nl-form", compact ? "nl-form-compact" : "", choose ? "nl-form-choose" : ""].join(
        " ",
      )}
      method="post"
      action={newsletterPaths.api.subscribe}
      ref={formRef}
      onSubmit={onSubmit}
      aria-labelledby={formLabel || !heading ? undefined : ids.heading}
      aria-label={formLabel}
    >
      {heading ? (
        <div className="nl-form-head">
          <Heading id={ids.heading} className="nl-form-name">
            {heading}
          </Heading>
          {single?.cadence ? <p className="nl-form-cadence">{single.cadence}</p> : null}
        </div>
      ) : null}
      {!compact && single?.description ? (
        <p className="nl-form-description">{single.description}</p>
      ) : null}
      {single ? <input type="hidden" name="newsletter" value={single.slug} /> : null}
      <input type="hidden" name="source" value={source} />
      <input type="hidden" name="edition" value={edition} />
      <HoneypotField />
      {state.status === "success" ? null : (
        <>
          <p className="nl-required-note">
            <span className="nl-required" aria-hidden="true">
              *
            </span>{" "}
            {text.requiredNote}
          </p>
          {choose ? (
            <NewsletterChoices
              id={ids.choices}
              newsletters={newsletters}
              checked={checked}
              anchors={anchors}
              invalid={error?.field === "newsletter"}
              describedBy={error?.field === "newsletter" ? ids.message : undefined}
            />
          ) : null}
          <label htmlFor={ids.email} className="nl-label">
            {text.emailLabel}{" "}
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
              aria-describedby={error?.field === "email" ? ids.message : undefined}
            />
            <button
              type="submit"
              className="button nl-submit"
              disabled={state.status === "pending"}
            >
              {state.status === "pending" ? text.pending : text.submit}
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
