import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { checkDisplayName, DISPLAY_NAME_MAX } from "@/lib/comments/rules";
import { safeReturnPath } from "@/lib/http/return-path";
import { getCurrentReader } from "@/lib/readers/session";
import "@/app/styles/comments.css";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Your name for comments",
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The signed-in reader's own page: the name shown with their comments, and
 * signing out. Personal, so it reads the session; it is not an article page.
 */
export default async function ReaderProfilePage({ searchParams }: Props) {
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const returnTo = safeReturnPath(first(params.returnTo), "/");
  const reader = await getCurrentReader();
  if (!reader) redirect(`/comments/sign-in?${new URLSearchParams({ returnTo })}`);

  const typed = first(params.name);
  const nameError =
    first(params.error) === "name"
      ? (checkDisplayName(typed ?? "") as { error?: string }).error
      : undefined;
  const welcome = first(params.welcome) === "1";

  return (
    <div className="container">
      <div className="reader-page">
        <h1>{welcome ? "You are signed in" : "Your name for comments"}</h1>
        <p>
          Signed in as <strong>{reader.email}</strong>. Your address is never shown to other
          readers.
        </p>
        {reader.banned || first(params.error) === "banned" ? (
          <p className="reader-message is-error" role="alert">
            Your account can no longer post or change comments on this site.
          </p>
        ) : (
          <form className="reader-form" method="post" action="/api/reader-auth/profile" noValidate>
            <label htmlFor="reader-name">Display name</label>
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
              Shown with every comment you post, now and before. Your own name or a nickname.
            </p>
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit" className="button">
              {reader.displayName ? "Save name" : "Save and continue"}
            </button>
          </form>
        )}
        <form className="reader-secondary" method="post" action="/api/reader-auth/sign-out">
          <input type="hidden" name="returnTo" value={returnTo} />
          <a href={returnTo}>Back to where you were</a>
          {" · "}
          <button type="submit" className="button-quiet">
            Sign out
          </button>
        </form>
      </div>
    </div>
  );
}
