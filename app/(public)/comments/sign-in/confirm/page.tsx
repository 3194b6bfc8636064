import type { Metadata } from "next";
import Link from "next/link";
import { describeSignInLink, LINK_UNUSABLE } from "@/lib/readers/sign-in";
import "@/app/styles/comments.css";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Finish signing in",
  robots: { index: false, follow: false },
  // The address carries the one-time token: never send it on to another site.
  referrer: "no-referrer",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where the emailed link leads. Opening it changes nothing (mail scanners
 * open links); the reader's press of "Sign in" posts the token, which is
 * then used up.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const link = await describeSignInLink(token);

  return (
    <div className="container">
      <div className="reader-page">
        <h1>Finish signing in</h1>
        {link?.usable ? (
          <>
            <p>
              Sign in to comment as <strong>{link.email}</strong>.
            </p>
            <form className="reader-form" method="post" action="/api/reader-auth/confirm">
              <input type="hidden" name="token" value={token} />
              <button type="submit" className="button">
                Sign in
              </button>
            </form>
          </>
        ) : (
          <>
            <p className="reader-message is-error" role="alert">
              {LINK_UNUSABLE.replace(" below.", ".")}
            </p>
            <p>
              <Link href="/comments/sign-in">Ask for a new sign-in link</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
