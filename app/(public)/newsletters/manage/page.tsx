import type { Metadata } from "next";
import Link from "next/link";
import { ManageLinkForm } from "@/components/newsletters/manage-link-form";
import { PreferencesForm } from "@/components/newsletters/preferences-form";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { viewPreferences } from "@/lib/newsletters/preferences";
import { tokenPageMetadata } from "@/lib/newsletters/token-page-metadata";
import { getSiteSettings } from "@/lib/site/settings";
import "@/app/styles/newsletters.css";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export async function generateMetadata(): Promise<Metadata> {
  return tokenPageMetadata("Your newsletters", (await getSiteSettings()).name);
}

const REQUESTED: Record<string, { text: string; error?: boolean }> = {
  sent: {
    text: "If this address receives any of our newsletters, we've sent it a link to manage them. It may take a minute to arrive.",
  },
  "invalid-email": { text: "Please, enter correct email address", error: true },
  limited: {
    text: "Too many requests from your connection. Please try again in an hour.",
    error: true,
  },
};

/** A reader's preferences, opened from the personal link in any of our emails; no account needed. */
export default async function ManagePage({ searchParams }: Props) {
  const params = await searchParams;
  const token = one(params.token);
  const [site, view] = await Promise.all([
    getSiteSettings(),
    token ? viewPreferences(token) : Promise.resolve(null),
  ]);

  if (!view) {
    const requested = REQUESTED[one(params.requested)];
    const reset = one(params.reset) === "1";
    return (
      <div className="container nl-page nl-page-narrow">
        <p className="kicker">Newsletters</p>
        <h1>{token ? "This link no longer works" : "Manage your newsletters"}</h1>
        {reset ? (
          <p className="nl-notice" role="status">
            Done: your old links no longer work. We&apos;ve emailed you a new one.
          </p>
        ) : null}
        {requested ? (
          <p className={requested.error ? "nl-notice nl-notice-error" : "nl-notice"} role="status">
            {requested.text}
          </p>
        ) : null}
        <p className="nl-lede">
          {token
            ? "Links to your preferences stop working when they are reset. Enter your email address and we'll send you a new one."
            : "Every newsletter email ends with a personal link to this page. Enter your email address and we'll send you one."}
        </p>
        <ManageLinkForm />
        <p className="nl-actions">
          <Link href={newsletterPaths.index}>All our newsletters</Link>
        </p>
      </div>
    );
  }

  const confirmed = view.newsletters.find((item) => item.slug === one(params.confirmed));
  const saved = one(params.saved);
  return (
    <div className="container nl-page nl-page-narrow">
      <p className="kicker">Newsletters</p>
      <h1>Your newsletters</h1>
      {confirmed ? (
        <p className="nl-notice" role="status">
          Thank you! You&apos;re subscribed to {confirmed.name}. You can change your newsletters
          here at any time: every email we send you has a link to this page.
        </p>
      ) : saved ? (
        <p className="nl-notice" role="status">
          {saved === "all"
            ? "You're unsubscribed from all our newsletters. We won't email you again unless you sign up."
            : "Your choices are saved."}
        </p>
      ) : null}
      <p className="nl-lede">
        For <strong>{view.email}</strong>. Changes take effect at once.
      </p>
      <PreferencesForm token={token} newsletters={view.newsletters} timeZone={site.timezone} />
      <section className="nl-panel" aria-labelledby="reset-heading">
        <h2 id="reset-heading">Forwarded one of our emails?</h2>
        <p>
          Anyone with the link to this page can change your newsletters. Reset it and every link we
          have sent you so far stops opening this page; we&apos;ll email you a new one. Unsubscribe
          links keep working.
        </p>
        <form method="post" action={newsletterPaths.api.preferences}>
          <input type="hidden" name="token" value={token} />
          <button
            type="submit"
            name="action"
            value="reset-links"
            className="button nl-button-secondary"
          >
            Reset my links
          </button>
        </form>
      </section>
      <section className="nl-panel" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">What we keep</h2>
        <p>
          Your email address, the newsletters above, whether each is confirmed or unsubscribed and
          when, and which form you signed up with. Nothing else, and our emails carry no tracking
          pixels or tracked links.
        </p>
      </section>
    </div>
  );
}
