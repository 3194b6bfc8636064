import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/newsletters/sign-up-form";
import { messagesFor } from "@/lib/i18n/messages";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { getSignUpNewsletter } from "@/lib/newsletters/queries";
import { tokenPageMetadata } from "@/lib/newsletters/token-page-metadata";
import { viewUnsubscribe } from "@/lib/newsletters/unsubscribe";
import { getSiteSettings } from "@/lib/site/settings";
import "@/app/styles/newsletters.css";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return tokenPageMetadata("Unsubscribe", (await getSiteSettings()).name);
}

/**
 * What a browser shows for an email's unsubscribe link. Opening it changes
 * nothing; the button posts to the same one-click endpoint mail providers use.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const view = await viewUnsubscribe(token);
  if (!view) {
    return (
      <div className="container nl-page nl-page-narrow">
        <p className="kicker">Newsletters</p>
        <h1>This unsubscribe link is not valid</h1>
        <p className="nl-lede">
          It may have been cut short when it was copied. Use the link at the bottom of one of our
          emails, or ask for a link to manage your newsletters.
        </p>
        <p className="nl-actions">
          <Link href="/newsletters/manage" className="button">
            Manage your newsletters
          </Link>
        </p>
      </div>
    );
  }

  if (view.alreadyUnsubscribed) {
    const newsletter = await getSignUpNewsletter(view.newsletterSlug);
    return (
      <div className="container nl-page nl-page-narrow">
        <p className="kicker">Newsletters</p>
        <h1>You&apos;re unsubscribed</h1>
        <p className="nl-lede" role="status">
          <strong>{view.email}</strong> will not receive {view.newsletterName} any more.
        </p>
        {newsletter ? (
          <section className="nl-panel" aria-labelledby="again-heading">
            <h2 id="again-heading">Changed your mind?</h2>
            <p>Sign up again; we&apos;ll send a confirmation email first.</p>
            <div className="nl-card">
              <SignUpForm
                newsletters={[newsletter]}
                text={messagesFor("en").newsletters.form}
                source="unsubscribe-page"
              />
            </div>
          </section>
        ) : null}
        <p className="nl-actions">
          <Link href={newsletterPaths.index}>All our newsletters</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="container nl-page nl-page-narrow">
      <p className="kicker">Newsletters</p>
      <h1>Unsubscribe from {view.newsletterName}?</h1>
      <p className="nl-lede">
        <strong>{view.email}</strong> will stop receiving {view.newsletterName} at once. Your other
        newsletters are not affected.
      </p>
      <form method="post" action={newsletterPaths.api.unsubscribe(token)}>
        <button type="submit" className="button">
          Unsubscribe
        </button>
      </form>
    </div>
  );
}
