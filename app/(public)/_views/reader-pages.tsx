import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { checkDisplayName, DISPLAY_NAME_MAX } from "@/lib/comments/rules";
import { safeReturnPath } from "@/lib/http/return-path";
import type { Edition } from "@/lib/i18n/dto";
import { editionPath } from "@/lib/i18n/editions";
import { messagesFor } from "@/lib/i18n/messages";
import { isMembershipPath } from "@/lib/membership/member-cookie";
import { answerText } from "@/lib/readers/answers";
import { readerPaths } from "@/lib/readers/paths";
import { getCurrentReader } from "@/lib/readers/session";
import { describeSignInLink } from "@/lib/readers/sign-in";
import { SIGN_IN_LINK_MINUTES } from "@/lib/readers/sign-in-tokens";
import "@/app/styles/comments.css";

/**
 * The readers' own pages in each edition: asking for a sign-in link, the
 * page the emailed link opens, and the name shown with comments. Each is
 * rendered per request (their routes are force-dynamic) and works without
 * JavaScript.
 */

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const hidden: Metadata["robots"] = { index: false, follow: false };

export function signInMetadata(edition: Edition): Metadata {
  return { title: messagesFor(edition).readers.signInTitle, robots: hidden };
}

/**
 * Readers sign in with a one-time link sent to their email: no password.
 * What it says after sending is the same whether or not the address has
 * been used here before.
 */
export async function SignInView({
  edition,
  searchParams,
}: {
  edition: Edition;
  searchParams: SearchParams;
}) {
  const params = await searchParams;
  const t = messagesFor(edition).readers;
  const returnTo = safeReturnPath(first(params.returnTo), editionPath(edition, "/"));
  const errors: Record<string, string> = {
    email: t.emailError,
    limited: t.limited,
    link: t.linkUnusable,
  };
  const error = errors[first(params.error) ?? ""];
  const sent = first(params.sent) === "1";
  const emailError = first(params.error) === "email";

  return (
    <div className="container">
      <div className="reader-page">
        <h1>{isMembershipPath(returnTo) ? t.accountSignInTitle : t.signInTitle}</h1>
        {sent ? (
          <p className="reader-message" role="status">
            {t.sent(SIGN_IN_LINK_MINUTES)}
          </p>
        ) : first(params.signedOut) === "1" ? (
          <p className="reader-message" role="status">
            {t.signedOut}
          </p>
        ) : (
          <p>{t.intro}</p>
        )}
        {error && !emailError ? (
          <p className="reader-message is-error" role="alert">
            {error}
          </p>
        ) : null}
        <form className="reader-form" method="post" action="/api/reader-auth/request" noValidate>
          <label htmlFor="reader-email">{t.emailLabel}</label>
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
            {t.emailHint}
          </p>
          <div className="comment-hp" aria-hidden="true">
            <label>
              {t.website}
              <input type="text" name="website" tabIndex={-1} autoComplete="off" />
            </label>
          </div>
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" className="button">
            {t.sendLink}
          </button>
        </form>
        <p className="reader-secondary">
          <a href={returnTo}>{t.back}</a>
        </p>
      </div>
    </div>
  );
}

export function confirmSignInMetadata(edition: Edition): Metadata {
  return {
    title: messagesFor(edition).readers.finishTitle,
    robots: hidden,
    // The address carries the one-time token: never send it on to another site.
    referrer: "no-referrer",
  };
}

/**
 * Where the emailed link leads. Opening it changes nothing (mail scanners
 * open links); the reader's press of "Sign in" posts the token, which is
 * then used up.
 */
export async function ConfirmSignInView({
  edition,
  searchParams,
}: {
  edition: Edition;
  searchParams: SearchParams;
}) {
  const token = first((await searchParams).token);
  const link = await describeSignInLink(token);
  const t = messagesFor(edition).readers;

  return (
    <div className="container">
      <div className="reader-page">
        <h1>{t.finishTitle}</h1>
        {link?.usable ? (
          <>
            <p>
              {t.finishAs} <strong>{link.email}</strong>.
            </p>
            <form className="reader-form" method="post" action="/api/reader-auth/confirm">
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="edition" value={edition} />
              <button type="submit" className="button">
                {t.signIn}
              </button>
            </form>
          </>
        ) : (
          <>
            <p className="reader-message is-error" role="alert">
              {t.linkUnusableShort}
            </p>
            <p>
              <Link href={editionPath(edition, "/comments/sign-in")}>{t.askAgain}</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}

export function profileMetadata(edition: Edition): Metadata {
  return { title: messagesFor(edition).readers.profileTitle, robots: hidden };
}

/**
 * The signed-in reader's own page: the name shown with their comments, and
 * signing out. Personal, so it reads the session; it is not an article page.
 */
export async function ProfileView({
  edition,
  searchParams,
}: {
  edition: Edition;
  searchParams: SearchParams;
}) {
  const params = await searchParams;
  const t = messagesFor(edition).readers;
  const returnTo = safeReturnPath(first(params.returnTo), editionPath(edition, "/"));
  const reader = await getCurrentReader();
  if (!reader) redirect(readerPaths.signIn(returnTo));

  const typed = first(params.name);
  const checked = first(params.error) === "name" ? checkDisplayName(typed ?? "") : null;
  const nameError = checked && !checked.ok ? answerText(checked.error, edition) : undefined;
  const welcome = first(params.welcome) === "1";

  return (
    <div className="container">
      <div className="reader-page">
        <h1>{welcome ? t.welcomeTitle : t.profileTitle}</h1>
        <p>
          {t.signedInAs} <strong>{reader.email}</strong>. {t.addressPrivate}
        </p>
        {reader.banned || first(params.error) === "banned" ? (
          <p className="reader-message is-error" role="alert">
            {t.banned}
          </p>
        ) : (
          <form className="reader-form" method="post" action="/api/reader-auth/profile" noValidate>
            <label htmlFor="reader-name">{t.nameLabel}</label>
            <input
              id="reader-name"
              name="displayName"
              type="text"
              autoComplete="nickname"
              required
              maxLength={DISPLAY_NAME_MAX * 2}
              defaultValue={typed ?? reader.displayName}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={
                nameError ? "reader-name-error reader-name-hint" : "reader-name-hint"
              }
            />
            {nameError ? (
              <p id="reader-name-error" className="comment-field-error">
                {nameError}
              </p>
            ) : null}
            <p id="reader-name-hint" className="hint">
              {t.nameHint}
            </p>
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit" className="button">
              {reader.displayName ? t.saveName : t.saveAndContinue}
            </button>
          </form>
        )}
        <form className="reader-secondary" method="post" action="/api/reader-auth/sign-out">
          <input type="hidden" name="returnTo" value={returnTo} />
          <a href={returnTo}>{t.back}</a>
          {" · "}
          <button type="submit" className="button-quiet">
            {t.signOut}
          </button>
        </form>
      </div>
    </div>
  );
}
