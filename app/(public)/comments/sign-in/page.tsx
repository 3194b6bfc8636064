import type { Metadata } from "next";
import { isMembershipPath } from "@/lib/membership/member-cookie";
import { safeReturnPath } from "@/lib/http/return-path";
import { SIGN_IN_LINK_MINUTES } from "@/lib/readers/sign-in-tokens";
import { LINK_UNUSABLE } from "@/lib/readers/sign-in";
import "@/app/styles/comments.css";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Sign in to comment",
  robots: { index: false, follow: false },
};

const ERRORS: Record<string, string> = {
  email: "Enter an email address like name@example.com.",
  limited: "Too many sign-in links were asked for. Wait 15 minutes, then try again.",
  link: LINK_UNUSABLE,
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Readers sign in with a one-time link sent to their email: no password.
 * A plain form, so it works without JavaScript. What it says after sending
 * is the same whether or not the address has been used here before.
 */
export default async function ReaderSignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const returnTo = safeReturnPath(first(params.returnTo), "/");
  const error = ERRORS[first(params.error) ?? ""];
  const sent = first(params.sent) === "1";
  const emailError = first(params.error) === "email";

  return (
    <div className="container">
      <div className="reader-page">
        <h1>{isMembershipPath(returnTo) ? "Sign in to your account" : "Sign in to comment"}</h1>
        {sent ? (
          <p className="reader-message" role="status">
            Check your inbox: we have sent a sign-in link to the address you entered. It works once,
            within {SIGN_IN_LINK_MINUTES} minutes. Nothing there? Look in your spam folder, or ask
            for another link below.
          </p>
        ) : first(params.signedOut) === "1" ? (
          <p className="reader-message" role="status">
            You have signed out.
          </p>
        ) : (
          <p>
            Enter your email address and we will send you a link that signs you in. There is no
            password to remember.
          </p>
        )}
        {error && !emailError ? (
          <p className="reader-message is-error" role="alert">
            {error}
          </p>
        ) : null}
        <form className="reader-form" method="post" action="/api/reader-auth/request" noValidate>
          <label htmlFor="reader-email">Your email address</label>
          <input
            id="reader-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            aria-invalid={emailError ? true : undefined}
            aria-describedby={
              emailError ? "reader-email-error reader-email-hint" : "reader-email-hint"
            }
          />
          {emailError ? (
            <p id="reader-email-error" className="comment-field-error">
              {error}
            </p>
          ) : null}
          <p id="reader-email-hint" className="hint">
            We use it only to sign you in; it is never shown with your comments.
          </p>
          <div className="comment-hp" aria-hidden="true">
            <label>
              Website
              <input type="text" name="website" tabIndex={-1} autoComplete="off" />
            </label>
          </div>
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" className="button">
            Email me a sign-in link
          </button>
        </form>
        <p className="reader-secondary">
          <a href={returnTo}>Back to where you were</a>
        </p>
      </div>
    </div>
  );
}
