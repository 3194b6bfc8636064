import Link from "next/link";
import { formatDate } from "@/lib/dates/format";
import type { MemberAccountDto } from "@/lib/membership/dto";
import { describeEvent, STATUS_LABELS } from "@/lib/membership/labels";
import { formatMoney, isMemberStatus } from "@/lib/membership/rules";

/** A reader's membership on their account page, with Stripe's portal for the rest. */
export function MembershipCard({
  membership,
  timeZone,
  payments,
}: {
  membership: MemberAccountDto | null;
  timeZone: string;
  payments: boolean;
}) {
  const member = isMemberStatus(membership?.status);
  const plan =
    membership && membership.interval
      ? `${formatMoney(membership.amount, membership.currency)} a ${membership.interval === "YEAR" ? "year" : "month"}`
      : null;
  return (
    <section
      className={member ? "account-card is-member" : "account-card"}
      aria-labelledby="membership-heading"
    >
      <h2 id="membership-heading">Membership</h2>
      {membership && membership.status !== "NONE" ? (
        <dl className="account-facts">
          <dt>Status</dt>
          <dd>{STATUS_LABELS[membership.status]}</dd>
          {membership.tierName || plan ? (
            <>
              <dt>Plan</dt>
              <dd>{[membership.tierName, plan].filter(Boolean).join(", ")}</dd>
            </>
          ) : null}
          {membership.startedAt ? (
            <>
              <dt>Member since</dt>
              <dd>{formatDate(membership.startedAt, timeZone)}</dd>
            </>
          ) : null}
          {member && membership.currentPeriodEnd ? (
            <>
              <dt>{membership.cancelAtPeriodEnd ? "Ends on" : "Next payment"}</dt>
              <dd>
                {formatDate(membership.currentPeriodEnd, timeZone)}
                {!membership.cancelAtPeriodEnd && plan
                  ? ` (${plan.replace(/ a (month|year)$/, "")})`
                  : ""}
              </dd>
            </>
          ) : null}
          {membership.endedAt && !member ? (
            <>
              <dt>Ended</dt>
              <dd>{formatDate(membership.endedAt, timeZone)}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>
          You are not a member yet. <Link href="/membership">See how to become one</Link>.
        </p>
      )}
      {membership && payments ? (
        <form method="post" action="/api/membership/portal">
          <button type="submit" className="button">
            Receipts, card and cancelling
          </button>
          <p className="hint">Opens Stripe&apos;s billing page, where your payments are kept.</p>
        </form>
      ) : null}
      {membership?.history.length ? (
        <>
          <h3 className="visually-hidden">History</h3>
          <ul className="account-history" aria-label="Membership history">
            {membership.history.map((event, index) => (
              <li key={index}>
                <time dateTime={event.occurredAt.toISOString()}>
                  {formatDate(event.occurredAt, timeZone)}
                </time>
                {": "}
                {describeEvent(event, membership.currency)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
