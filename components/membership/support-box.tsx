import Link from "next/link";
import { getMembershipOffer } from "@/lib/membership/queries";
import { paymentsEnabled } from "@/lib/membership/stripe";
import "@/app/styles/membership.css";

/**
 * The "support us" box after a story: the editors' words, the same cached
 * HTML for every reader. Members never see it: the page's island marks
 * their pages and CSS hides it (components/membership/member-hint.ts).
 */
export async function SupportBox() {
  const offer = await getMembershipOffer();
  if (!offer.supportText) return null;
  const payments = paymentsEnabled();
  return (
    <aside className="support-box" aria-labelledby="support-box-title">
      <p className="support-box-kicker">Support independent journalism</p>
      <h2 id="support-box-title" className="support-box-title">
        {offer.supportTitle}
      </h2>
      <p className="support-box-text">{offer.supportText}</p>
      <p className="support-box-actions">
        <Link className="button support-box-button" href="/membership">
          {payments ? "Become a member" : "How to support us"}
        </Link>
        {payments && offer.donations ? (
          <Link className="support-box-link" href="/membership#give-once">
            Or give once
          </Link>
        ) : null}
      </p>
    </aside>
  );
}
