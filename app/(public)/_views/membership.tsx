import type { Metadata } from "next";
import Link from "next/link";
import { CheckoutNotice } from "@/components/membership/checkout-notice";
import { TierCard } from "@/components/membership/tier-card";
import { SignUpForm } from "@/components/islands/server";
import { getMembershipOffer } from "@/lib/membership/queries";
import { formatMoney, moneyInput } from "@/lib/membership/rules";
import { paymentsEnabled } from "@/lib/membership/stripe";
import { messagesFor } from "@/lib/i18n/messages";
import { listSignUpNewsletters } from "@/lib/newsletters/queries";
import { listMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/seo/urls";
import { getSiteSettings } from "@/lib/site/settings";
import "@/app/styles/membership.css";
import "@/app/styles/newsletters.css";

export const MEMBERSHIP_PATH = "/membership";

export async function membershipMetadata(): Promise<Metadata> {
  const [site, offer] = await Promise.all([getSiteSettings(), getMembershipOffer()]);
  return listMetadata({
    site,
    kind: "site",
    key: "membership",
    kicker: "Membership",
    name: "Become a member",
    description: offer.pitch || `${site.name} is funded by its readers. Become a member.`,
    path: MEMBERSHIP_PATH,
    feedPath: paths.siteFeed,
    feedTitle: site.name,
  });
}

/**
 * The offer: pitch, tiers, a reader's own amount, a one-time gift and the
 * FAQs. The same cached page for every visitor; each choice is a plain form
 * that the server turns into a Stripe Checkout session (signing the reader
 * in first when needed). Without a Stripe key it says payments are off and
 * offers the free newsletters instead.
 */
export async function MembershipView() {
  const [site, offer] = await Promise.all([getSiteSettings(), getMembershipOffer()]);
  const payments = paymentsEnabled();
  const { currency } = offer;
  return (
    <div className="container mb-page">
      <header className="mb-hero">
        <p className="kicker">Membership</p>
        <h1>{offer.headline}</h1>
        {offer.pitch ? <p className="mb-lede">{offer.pitch}</p> : null}
      </header>
      <CheckoutNotice />

      {payments ? (
        <>
          <section id="choose" className="mb-section" aria-labelledby="choose-heading">
            <h2 id="choose-heading">Choose your membership</h2>
            <p className="mb-note">
              You sign in with your email address first, the same way readers sign in to comment.
              Payment happens on Stripe&apos;s secure page; your card never reaches {site.name}.
            </p>
            <div className="mb-tiers">
              {offer.tiers.map((tier, index) => (
                <TierCard key={tier.id} tier={tier} currency={currency} featured={index === 1} />
              ))}
              {offer.customAmount ? (
                <form className="mb-tier mb-custom" method="post" action="/api/membership/checkout">
                  <h3 className="mb-tier-name">Your own amount</h3>
                  <p className="mb-tier-text">Give what suits you, every month.</p>
                  <input type="hidden" name="plan" value="custom" />
                  <label htmlFor="mb-custom-amount">
                    Monthly amount ({currency.toUpperCase()})
                  </label>
                  <input
                    id="mb-custom-amount"
                    name="amount"
                    type="number"
                    inputMode="decimal"
                    min={moneyInput(offer.customMinimum)}
                    step="0.01"
                    required
                    aria-describedby="mb-custom-hint"
                  />
                  <p id="mb-custom-hint" className="hint">
                    At least {formatMoney(offer.customMinimum, currency)} a month.
                  </p>
                  <button type="submit" className="button mb-button">
                    Join with this amount
                  </button>
                </form>
              ) : null}
            </div>
          </section>

          {offer.donations ? (
            <section id="give-once" className="mb-section mb-once" aria-labelledby="once-heading">
              <div>
                <h2 id="once-heading">Give once</h2>
                <p>A single gift, no membership. Every amount pays for reporting.</p>
              </div>
              <form className="mb-once-form" method="post" action="/api/membership/checkout">
                <input type="hidden" name="plan" value="donation" />
                <label htmlFor="mb-once-amount">Amount ({currency.toUpperCase()})</label>
                <div className="mb-once-row">
                  <input
                    id="mb-once-amount"
                    name="amount"
                    type="number"
                    inputMode="decimal"
                    min={moneyInput(offer.donationMinimum)}
                    step="0.01"
                    required
                    aria-describedby="mb-once-hint"
                  />
                  <button type="submit" className="button mb-button">
                    Give once
                  </button>
                </div>
                <p id="mb-once-hint" className="hint">
                  At least {formatMoney(offer.donationMinimum, currency)}.
                </p>
              </form>
            </section>
          ) : null}
          <p className="mb-account-link">
            Already a member? <Link href="/account">Your membership and receipts</Link>
          </p>
        </>
      ) : (
        <PaymentsOff />
      )}

      {offer.faqs.length ? (
        <section className="mb-section mb-faqs" aria-labelledby="faq-heading">
          <h2 id="faq-heading">Questions</h2>
          {offer.faqs.map((faq) => (
            <details key={faq.question} className="mb-faq">
              <summary>{faq.question}</summary>
              <p>{faq.answer}</p>
            </details>
          ))}
        </section>
      ) : null}
    </div>
  );
}

async function PaymentsOff() {
  const newsletters = await listSignUpNewsletters();
  return (
    <section className="mb-section mb-off" aria-labelledby="off-heading">
      <h2 id="off-heading">Payments are off for now</h2>
      <p>
        We are not taking memberships or donations online at the moment. The best way to stay with
        us meanwhile is one of our newsletters: free, and you can leave with one click.
      </p>
      {newsletters.length ? (
        <div className="nl-card">
          <SignUpForm
            newsletters={newsletters}
            text={messagesFor("en").newsletters.form}
            source="newsletters-page"
            formLabel="Sign up for our newsletters"
          />
        </div>
      ) : (
        <p>
          <Link href="/newsletters">See our newsletters</Link>
        </p>
      )}
    </section>
  );
}
