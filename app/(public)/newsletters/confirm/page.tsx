import type { Metadata } from "next";
import Link from "next/link";
import { tokenPageMetadata } from "@/lib/newsletters/token-page-metadata";
import { viewConfirmation } from "@/lib/newsletters/confirm";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { getSiteSettings } from "@/lib/site/settings";
import "@/app/styles/newsletters.css";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return tokenPageMetadata("Confirm your subscription", (await getSiteSettings()).name);
}

/**
 * The confirmation email's link. Opening it changes nothing (mail filters
 * open every link); the button below confirms, by POST.
 */
export default async function ConfirmPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const view = await viewConfirmation(token);
  if (view.state === "invalid") {
    return (
      <div className="container nl-page nl-page-narrow">
        <p className="kicker">Newsletters</p>
        <h1>This confirmation link no longer works</h1>
        <p className="nl-lede">
          Confirmation links work once, for 48 hours, and only the newest one sent to an address
          works.
        </p>
        <p>
          If you already confirmed, you are subscribed: nothing more to do. Otherwise, sign up again
          and we will send you a new link.
        </p>
        <p className="nl-actions">
          <Link href={newsletterPaths.index} className="button">
            Sign up again
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="container nl-page nl-page-narrow">
      <p className="kicker">Newsletters</p>
      <h1>Confirm your subscription</h1>
      <p className="nl-lede">
        Start receiving <strong>{view.newsletterName}</strong> at <strong>{view.email}</strong>?
      </p>
      <form method="post" action={newsletterPaths.api.confirm}>
        <input type="hidden" name="token" value={typeof token === "string" ? token : ""} />
        <button type="submit" className="button">
          Confirm subscription
        </button>
      </form>
      <p className="nl-actions">
        Didn&apos;t sign up? Close this page: without confirmation you will not be subscribed.
      </p>
    </div>
  );
}
