import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MemberHintSync } from "@/components/membership/member-hint-sync";
import { MembershipCard } from "@/components/membership/membership-card";
import { MemberNewsletters } from "@/components/membership/member-newsletters";
import { listMemberNewsletters } from "@/lib/membership/perks";
import { memberHint } from "@/lib/membership/member-cookie";
import { getMembershipOffer, getOwnMembership } from "@/lib/membership/queries";
import { isMemberStatus } from "@/lib/membership/rules";
import { paymentsEnabled } from "@/lib/membership/stripe";
import { getCurrentReader } from "@/lib/readers/session";
import { getSiteSettings } from "@/lib/site/settings";
import "@/app/styles/membership.css";

// Personal: read per request, never kept in the page cache.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Your account",
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The signed-in reader's account: their membership (from Stripe's webhooks,
 * never from the return from checkout), the next payment and Stripe's
 * portal for receipts, card changes and cancelling.
 */
export default async function AccountPage({ searchParams }: Props) {
  const params = await searchParams;
  const reader = await getCurrentReader();
  if (!reader) redirect(`/comments/sign-in?${new URLSearchParams({ returnTo: "/account" })}`);
  const [membership, offer, site] = await Promise.all([
    getOwnMembership(reader.id),
    getMembershipOffer(),
    getSiteSettings(),
  ]);
  const member = isMemberStatus(membership?.status);
  const newsletters = member ? await listMemberNewsletters(reader) : [];
  const joined = params.joined === "1";
  const donated = params.donated === "1";

  return (
    <div className="container account-page">
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{reader.email}</strong>.
      </p>
      {joined && !member ? (
        <p className="mb-notice" role="status">
          Thank you. Stripe is confirming your payment; your membership appears here within a
          minute. Reload this page to see it.
        </p>
      ) : joined || donated ? (
        <p className="mb-notice" role="status">
          Thank you for supporting {site.name}.
        </p>
      ) : null}
      {params.error ? (
        <p className="mb-notice is-error" role="alert">
          Stripe&apos;s billing page could not be opened. Try again in a moment.
        </p>
      ) : null}
      <MembershipCard
        membership={membership}
        timeZone={site.timezone}
        payments={paymentsEnabled()}
      />
      {newsletters.length ? <MemberNewsletters newsletters={newsletters} /> : null}
      <section className="account-card" aria-labelledby="comments-heading">
        <h2 id="comments-heading">Comments</h2>
        <p>
          {reader.displayName ? (
            <>
              Your comments are signed <strong>{reader.displayName}</strong>.{" "}
            </>
          ) : null}
          <Link href="/comments/profile?returnTo=/account">
            Change the name shown with comments
          </Link>
        </p>
      </section>
      <form className="reader-secondary" method="post" action="/api/reader-auth/sign-out">
        <input type="hidden" name="returnTo" value="/" />
        <button type="submit" className="button-quiet">
          Sign out
        </button>
      </form>
      <MemberHintSync hint={memberHint(member, member && offer.hideAsksForMembers)} />
    </div>
  );
}
