"use client";

import { useEffect, useState } from "react";
import { checkSlugAction } from "@/lib/articles/editing/actions";
import { checkSlug, SLUG_MAX_LENGTH, SLUG_PROBLEM_MESSAGES } from "@/lib/slugs/rules";
import { Field } from "./field";
import { slugCandidates } from "@/lib/articles/editing/slug-rule";

const CHECK_DELAY_MS = 400;

type Check = { state: "idle" | "checking" | "free" | "taken" | "unknown"; message: string };

/**
 * The article's address. While it follows the headline a taken slug gets a
 * number added automatically; a slug typed by hand is checked and explained.
 */
export function AddressPanel({
  articleId,
  prefix,
  slug,
  savedSlug,
  follows,
  everPublished,
  error,
  disabled,
  onSlug,
  onFollowHeadline,
}: {
  articleId: string;
  /** What comes before the slug in the address: "/", or "/uk/" in the Ukrainian edition. */
  prefix: string;
  slug: string;
  /** The slug the server has: always this article's own. */
  savedSlug: string;
  follows: boolean;
  everPublished: boolean;
  error?: string;
  disabled: boolean;
  /** `byHand` is false for the numbered alternatives chosen here. */
  onSlug: (slug: string, byHand: boolean) => void;
  onFollowHeadline: (() => void) | null;
}) {
  const [check, setCheck] = useState<Check>({ state: "idle", message: "" });
  const rule = checkSlug(slug);

  useEffect(() => {
    if (disabled || rule || slug === savedSlug) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setCheck({ state: "checking", message: "Checking the address…" });
      try {
        const candidates = follows ? slugCandidates(slug) : [slug];
        for (const candidate of candidates) {
          const result = await checkSlugAction({ id: articleId, slug: candidate });
          if (cancelled) return;
          if (!result.ok) {
            setCheck({ state: "unknown", message: result.error });
            return;
          }
          if (!result.data.problem) {
            if (candidate !== slug) onSlug(candidate, false);
            setCheck({ state: "free", message: "This address is free." });
            return;
          }
          if (!follows) {
            setCheck({ state: "taken", message: result.data.problem });
            return;
          }
        }
        setCheck({
          state: "taken",
          message: "This address and its numbered variants are taken: type one by hand.",
        });
      } catch {
        if (!cancelled)
          setCheck({
            state: "unknown",
            message: "Could not check the address now; it is checked again on save.",
          });
      }
    }, CHECK_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [articleId, slug, savedSlug, follows, rule, disabled, onSlug]);

  const message = rule
    ? { state: "taken", message: SLUG_PROBLEM_MESSAGES[rule] }
    : slug === savedSlug
      ? { state: "idle", message: "" }
      : check;

  return (
    <section className="ed-panel ae-panel" aria-labelledby="panel-address">
      <h2 id="panel-address">Address</h2>
      <Field
        name="slug"
        label="Slug"
        error={error}
        hint={
          follows
            ? "Follows the headline until the article is first published or you edit it."
            : everPublished
              ? "Changing it leaves a permanent redirect from the old address."
              : undefined
        }
      >
        {(control) => (
          <div className="ae-slug">
            <span className="ae-slug-prefix" aria-hidden="true">
              {prefix}
            </span>
            <input
              {...control}
              value={slug}
              maxLength={SLUG_MAX_LENGTH}
              spellCheck={false}
              autoCapitalize="off"
              disabled={disabled}
              onChange={(event) =>
                onSlug(event.target.value.toLowerCase().replace(/\s+/g, "-"), true)
              }
            />
          </div>
        )}
      </Field>
      <p className="ae-slug-check" data-state={message.state} aria-live="polite">
        {error ? "" : message.message}
      </p>
      {onFollowHeadline ? (
        <button
          type="button"
          className="ed-button ed-button-quiet ae-small"
          onClick={onFollowHeadline}
          disabled={disabled}
        >
          Use the headline again
        </button>
      ) : null}
    </section>
  );
}
