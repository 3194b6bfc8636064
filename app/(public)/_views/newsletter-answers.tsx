import type { Metadata } from "next";
import Link from "next/link";
import { ManageLinkForm } from "@/components/newsletters/manage-link-form";
import { PreferencesForm } from "@/components/newsletters/preferences-form";
import { SignUpForm } from "@/components/islands/server";
import type { SignUpFormState } from "@/components/newsletters/sign-up-form";
import { editionSite } from "@/lib/i18n/edition-site";
import { editionPath } from "@/lib/i18n/editions";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { tokenPageMetadata } from "@/lib/newsletters/token-page-metadata";
import { viewConfirmation } from "@/lib/newsletters/confirm";
import { viewUnsubscribe } from "@/lib/newsletters/unsubscribe";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { viewPreferences } from "@/lib/newsletters/preferences";
import { getSignUpNewsletter, listSignUpNewsletters } from "@/lib/newsletters/queries";
import { getSiteSettings } from "@/lib/site/settings";
import "@/app/styles/newsletters.css";

/**
 * The newsletter pages a reader reaches from a form or an email, in each
 * edition: the sign-up answer page, the confirmation link's page, the
 * preferences page and the unsubscribe link's page.
 * Both are rendered per request (their routes are force-dynamic).
 */

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");
const many = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).slice(0, 20);

const siteName = async (edition: Edition) => editionSite(await getSiteSettings(), edition).name;

export async function signUpPageMetadata(edition: Edition): Promise<Metadata> {
  const t = messagesFor(edition).newsletters.signUpPage;
  return {
    title: `${t.title} | ${await siteName(edition)}`,
    robots: { index: false, follow: true },
  };
}

/**
 * The sign-up form on its own: the edition's newsletters, those asked for
 * ticked. A sign-up posted without JavaScript lands here with its choices
 * and its outcome (`result`), which says nothing about whether the address
 * was known.
 */
export async function SignUpPageView({
  edition,
  searchParams,
}: {
  edition: Edition;
  searchParams: SearchParams;
}) {
  const params = await searchParams;
  const all = await listSignUpNewsletters(edition);
  const t = messagesFor(edition).newsletters;
  const asked = new Set(many(params.newsletter));
  const chosen = all.filter((newsletter) => asked.has(newsletter.slug));
  if (!all.length || (asked.size && !chosen.length)) {
    return (
      <div className="container nl-page nl-page-narrow">
        <h1>{t.signUpPage.notFound}</h1>
        <p className="nl-lede">{t.signUpPage.notAvailable}</p>
        <p>
          <Link href={newsletterPaths.indexIn(edition)}>{t.signUpPage.seeAll}</Link>
        </p>
      </div>
    );
  }
  const result = one(params.result);
  const initial: SignUpFormState =
    result === "sent"
      ? { status: "success", message: t.answers.success(chosen.map((n) => n.name)) }
      : result === "invalid-email"
        ? { status: "error", message: t.answers.invalidEmail, field: "email" }
        : result === "no-newsletter"
          ? { status: "error", message: t.answers.noNewsletter, field: "newsletter" }
          : result === "limited"
            ? { status: "error", message: t.answers.limited }
            : { status: "idle" };
  const heading =
    result === "sent"
      ? t.signUpPage.checkInbox
      : chosen.length === 1
        ? t.signUpPage.signUpFor(chosen[0]!.name)
        : t.signUpPage.signUpForAll;
  return (
    <div className="container nl-page nl-page-narrow">
      <p className="kicker">{t.kicker}</p>
      <h1>{heading}</h1>
      <div className="nl-card">
        <SignUpForm
          newsletters={all}
          edition={edition}
          text={t.form}
          checked={chosen.map((newsletter) => newsletter.slug)}
          source="sign-up-page"
          // An edition with one newsletter names it in the form, under the page's h1.
          headingLevel={2}
          formLabel={t.signUpPage.formLabel}
          initial={initial}
        />
      </div>
      <p className="nl-actions">
        <Link href={newsletterPaths.indexIn(edition)}>{t.allOurNewsletters}</Link>
      </p>
    </div>
  );
}

export async function confirmPageMetadata(edition: Edition): Promise<Metadata> {
  return tokenPageMetadata(
    messagesFor(edition).newsletters.confirmPage.title,
    await siteName(edition),
  );
}

/**
 * The confirmation email's link. Opening it changes nothing (mail filters
 * open every link); the button confirms, by POST.
 */
export async function ConfirmPageView({
  edition,
  searchParams,
}: {
  edition: Edition;
  searchParams: SearchParams;
}) {
  const { token } = await searchParams;
  const view = await viewConfirmation(token);
  const t = messagesFor(edition).newsletters;
  const c = t.confirmPage;
  if (view.state === "invalid") {
    return (
      <div className="container nl-page nl-page-narrow">
        <p className="kicker">{t.kicker}</p>
        <h1>{c.invalidTitle}</h1>
        <p className="nl-lede">{c.invalidLede}</p>
        <p>{c.invalidHelp}</p>
        <p className="nl-actions">
          <Link href={newsletterPaths.indexIn(edition)} className="button">
            {c.signUpAgain}
          </Link>
        </p>
      </div>
    );
  }
  // "Start receiving <newsletter> at <address>?", the two values in bold.
  const [before, newsletter, between, email, after] = c.question(view.newsletterName, view.email);
  return (
    <div className="container nl-page nl-page-narrow">
      <p className="kicker">{t.kicker}</p>
      <h1>{c.title}</h1>
      <p className="nl-lede">
        {before}
        <strong>{newsletter}</strong>
        {between}
        <strong>{email}</strong>
        {after}
      </p>
      <form method="post" action={newsletterPaths.api.confirm}>
        <input type="hidden" name="token" value={typeof token === "string" ? token : ""} />
        <input type="hidden" name="edition" value={edition} />
        <button type="submit" className="button">
          {c.button}
        </button>
      </form>
      <p className="nl-actions">{c.notYou}</p>
    </div>
  );
}

export async function unsubscribePageMetadata(edition: Edition): Promise<Metadata> {
  return tokenPageMetadata(
    messagesFor(edition).newsletters.unsubscribePage.title,
    await siteName(edition),
  );
}

/**
 * What a browser shows for an email's unsubscribe link. Opening it changes
 * nothing; the button posts to the same one-click endpoint mail providers use.
 */
export async function UnsubscribePageView({
  edition,
  searchParams,
}: {
  edition: Edition;
  searchParams: SearchParams;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const view = await viewUnsubscribe(token);
  const t = messagesFor(edition).newsletters;
  const u = t.unsubscribePage;
  if (!view) {
    return (
      <div className="container nl-page nl-page-narrow">
        <p className="kicker">{t.kicker}</p>
        <h1>{u.invalidTitle}</h1>
        <p className="nl-lede">{u.invalidLede}</p>
        <p className="nl-actions">
          <Link href={editionPath(edition, "/newsletters/manage")} className="button">
            {u.manage}
          </Link>
        </p>
      </div>
    );
  }

  if (view.alreadyUnsubscribed) {
    const newsletter = await getSignUpNewsletter(view.newsletterSlug);
    const [before, email, after] = u.done(view.email, view.newsletterName);
    return (
      <div className="container nl-page nl-page-narrow">
        <p className="kicker">{t.kicker}</p>
        <h1>{u.doneTitle}</h1>
        <p className="nl-lede" role="status">
          {before}
          <strong>{email}</strong>
          {after}
        </p>
        {newsletter ? (
          <section className="nl-panel" aria-labelledby="again-heading">
            <h2 id="again-heading">{u.againTitle}</h2>
            <p>{u.againText}</p>
            <div className="nl-card">
              <SignUpForm
                newsletters={[newsletter]}
                edition={edition}
                text={t.form}
                source="unsubscribe-page"
              />
            </div>
          </section>
        ) : null}
        <p className="nl-actions">
          <Link href={newsletterPaths.indexIn(edition)}>{t.allOurNewsletters}</Link>
        </p>
      </div>
    );
  }

  const [before, email, after] = u.ask(view.email, view.newsletterName);
  return (
    <div className="container nl-page nl-page-narrow">
      <p className="kicker">{t.kicker}</p>
      <h1>{u.askTitle(view.newsletterName)}</h1>
      <p className="nl-lede">
        {before}
        <strong>{email}</strong>
        {after}
      </p>
      <form method="post" action={newsletterPaths.api.unsubscribe(token)}>
        <button type="submit" className="button">
          {u.button}
        </button>
      </form>
    </div>
  );
}

export async function managePageMetadata(edition: Edition): Promise<Metadata> {
  return tokenPageMetadata(messagesFor(edition).newsletters.manage.title, await siteName(edition));
}

/**
 * A reader's preferences, opened from the personal link in any of our
 * emails (no account needed), in the edition the link came from. They
 * cover every newsletter of the address, of both editions.
 */
export async function ManagePageView({
  edition,
  searchParams,
}: {
  edition: Edition;
  searchParams: SearchParams;
}) {
  const params = await searchParams;
  const token = one(params.token);
  const [site, view] = await Promise.all([
    getSiteSettings(),
    token ? viewPreferences(token) : Promise.resolve(null),
  ]);
  const t = messagesFor(edition).newsletters;
  const m = t.manage;

  if (!view) {
    const requested = {
      sent: { text: m.requestedSent, error: false },
      "invalid-email": { text: m.requestedInvalid, error: true },
      limited: { text: m.requestedLimited, error: true },
    }[one(params.requested)];
    const reset = one(params.reset) === "1";
    return (
      <div className="container nl-page nl-page-narrow">
        <p className="kicker">{t.kicker}</p>
        <h1>{token ? m.deadTitle : m.askTitle}</h1>
        {reset ? (
          <p className="nl-notice" role="status">
            {m.resetDone}
          </p>
        ) : null}
        {requested ? (
          <p className={requested.error ? "nl-notice nl-notice-error" : "nl-notice"} role="status">
            {requested.text}
          </p>
        ) : null}
        <p className="nl-lede">{token ? m.deadLede : m.askLede}</p>
        <ManageLinkForm edition={edition} />
        <p className="nl-actions">
          <Link href={newsletterPaths.indexIn(edition)}>{t.allOurNewsletters}</Link>
        </p>
      </div>
    );
  }

  const confirmed = view.newsletters.find((item) => item.slug === one(params.confirmed));
  const saved = one(params.saved);
  const [before, email, after] = m.forEmail(view.email);
  return (
    <div className="container nl-page nl-page-narrow">
      <p className="kicker">{t.kicker}</p>
      <h1>{m.title}</h1>
      {confirmed ? (
        <p className="nl-notice" role="status">
          {m.confirmed(confirmed.name)}
        </p>
      ) : saved ? (
        <p className="nl-notice" role="status">
          {saved === "all" ? m.savedAll : m.saved}
        </p>
      ) : null}
      <p className="nl-lede">
        {before}
        <strong>{email}</strong>
        {after}
      </p>
      <PreferencesForm
        token={token}
        newsletters={view.newsletters}
        timeZone={site.timezone}
        edition={edition}
      />
      <section className="nl-panel" aria-labelledby="reset-heading">
        <h2 id="reset-heading">{m.resetTitle}</h2>
        <p>{m.resetText}</p>
        <form method="post" action={newsletterPaths.api.preferences}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="edition" value={edition} />
          <button
            type="submit"
            name="action"
            value="reset-links"
            className="button nl-button-secondary"
          >
            {m.resetButton}
          </button>
        </form>
      </section>
      <section className="nl-panel" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t.index.privacyTitle}</h2>
        <p>{m.privacy}</p>
      </section>
    </div>
  );
}
