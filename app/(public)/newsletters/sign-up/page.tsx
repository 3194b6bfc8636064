import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm, type SignUpFormState } from "@/components/newsletters/sign-up-form";
import { SIGN_UP_MESSAGES } from "@/lib/newsletters/dto";
import { newsletterPaths } from "@/lib/newsletters/paths";
import { listSignUpNewsletters } from "@/lib/newsletters/queries";
import { getSiteSettings } from "@/lib/site/settings";
import "@/app/styles/newsletters.css";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");
const many = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).slice(0, 20);

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return { title: `Sign up | ${site.name}`, robots: { index: false, follow: true } };
}

/**
 * The sign-up form on its own: every newsletter, those asked for ticked. A
 * sign-up posted without JavaScript lands here with its choices and its
 * outcome (`result`), which says nothing about whether the address was known.
 */
export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const all = await listSignUpNewsletters();
  const asked = new Set(many(params.newsletter));
  const chosen = all.filter((newsletter) => asked.has(newsletter.slug));
  if (!all.length || (asked.size && !chosen.length)) {
    return (
      <div className="container nl-page nl-page-narrow">
        <h1>Newsletter not found</h1>
        <p className="nl-lede">This newsletter is not available any more.</p>
        <p>
          <Link href={newsletterPaths.index}>See all our newsletters</Link>
        </p>
      </div>
    );
  }
  const result = one(params.result);
  const initial: SignUpFormState =
    result === "sent"
      ? { status: "success", message: SIGN_UP_MESSAGES.success(chosen.map((n) => n.name)) }
      : result === "invalid-email"
        ? { status: "error", message: SIGN_UP_MESSAGES.invalidEmail, field: "email" }
        : result === "no-newsletter"
          ? { status: "error", message: SIGN_UP_MESSAGES.noNewsletter, field: "newsletter" }
          : result === "limited"
            ? { status: "error", message: SIGN_UP_MESSAGES.limited }
            : { status: "idle" };
  const heading =
    result === "sent"
      ? "Check your inbox"
      : chosen.length === 1
        ? `Sign up for ${chosen[0]!.name}`
        : "Sign up for our newsletters";
  return (
    <div className="container nl-page nl-page-narrow">
      <p className="kicker">Newsletters</p>
      <h1>{heading}</h1>
      <div className="nl-card">
        <SignUpForm
          newsletters={all}
          checked={chosen.map((newsletter) => newsletter.slug)}
          source="sign-up-page"
          formLabel="Newsletter sign-up"
          initial={initial}
        />
      </div>
      <p className="nl-actions">
        <Link href={newsletterPaths.index}>All our newsletters</Link>
      </p>
    </div>
  );
}
