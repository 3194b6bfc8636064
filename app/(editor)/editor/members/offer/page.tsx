import type { Metadata } from "next";
import { CopyForm } from "@/components/membership/admin/copy-form";
import { MembersTabs } from "@/components/membership/admin/members-tabs";
import { OfferSettingsForm } from "@/components/membership/admin/offer-settings-form";
import { TierForm } from "@/components/membership/admin/tier-form";
import { can } from "@/lib/auth/permissions";
import { requireStaff } from "@/lib/auth/session";
import { listTiersForManage, loadOffer } from "@/lib/membership/queries";
import { moneyInput } from "@/lib/membership/rules";
import { CURRENCY_CHOICES } from "@/lib/membership/schemas";
import { paymentsEnabled } from "@/lib/membership/stripe";
import "@/app/styles/editor-manage.css";
import "@/app/styles/editor-newsletters.css";
import "@/app/styles/editor-members.css";

export const metadata: Metadata = { title: "Membership offer" };

/**
 * The offer: its words for editors; tiers, amounts and perks for admins.
 * Each form is its own action, checked and audited on the server.
 */
export default async function MembershipOfferPage() {
  const staff = await requireStaff("membership.copy", undefined, "/editor/members/offer");
  const admin = can(staff.role, "membership.manage");
  const [offer, tiers] = await Promise.all([loadOffer(), admin ? listTiersForManage() : []]);
  const currency = (CURRENCY_CHOICES as readonly string[]).includes(offer.currency)
    ? (offer.currency as (typeof CURRENCY_CHOICES)[number])
    : "usd";
  return (
    <>
      <MembersTabs current="offer" />
      <header className="ed-page-head">
        <div>
          <h1>Offer, tiers and perks</h1>
          <p>
            What /membership and the support box after every story say
            {admin ? ", what readers may pay, and what members get" : ""}.
          </p>
        </div>
      </header>
      {paymentsEnabled() ? null : (
        <p className="ed-notice em-page-notice" role="status">
          Payments are off: no Stripe key is configured, so /membership offers the newsletters
          instead. See docs/membership.md.
        </p>
      )}

      <section className="ed-panel mm-section" aria-labelledby="copy-heading">
        <h2 id="copy-heading">Words</h2>
        <CopyForm
          initial={{
            headline: offer.headline,
            pitch: offer.pitch,
            supportTitle: offer.supportTitle,
            supportText: offer.supportText,
            faqs: offer.faqs,
          }}
        />
      </section>

      {admin ? (
        <>
          <section className="mm-section" aria-labelledby="tiers-heading">
            <h2 id="tiers-heading">Tiers</h2>
            <div className="mm-tier-list">
              {tiers.map((tier) => (
                <section
                  key={tier.id}
                  className="ed-panel"
                  aria-labelledby={`tier-${tier.id}-name`}
                >
                  <h3 id={`tier-${tier.id}-name`}>
                    {tier.name}
                    {tier.active ? "" : " (not offered)"} · {tier.members.toLocaleString("en")}{" "}
                    {tier.members === 1 ? "member" : "members"}
                  </h3>
                  <TierForm
                    id={tier.id}
                    initial={{
                      name: tier.name,
                      description: tier.description,
                      monthlyAmount: moneyInput(tier.monthlyAmount),
                      annualAmount: moneyInput(tier.annualAmount),
                      position: String(tier.position),
                      active: tier.active,
                    }}
                  />
                </section>
              ))}
              <section className="ed-panel" aria-labelledby="new-tier-heading">
                <h3 id="new-tier-heading">New tier</h3>
                <TierForm />
              </section>
            </div>
          </section>

          <section className="ed-panel mm-section" aria-labelledby="offer-heading">
            <h2 id="offer-heading">Other ways to give, and perks</h2>
            <OfferSettingsForm
              initial={{
                currency,
                customAmount: offer.customAmount,
                customMinimum: moneyInput(offer.customMinimum),
                donations: offer.donations,
                donationMinimum: moneyInput(offer.donationMinimum),
                hideAsksForMembers: offer.hideAsksForMembers,
                membersOnlyComments: offer.membersOnlyComments,
              }}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
