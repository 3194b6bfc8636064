import type { MembershipInterval, MembershipStatus } from "./dto";

/**
 * The pure rules of membership: what a Stripe state means here, whether a
 * late event may still change anything, money, and revenue over time.
 */

/** Readers who get members' perks: paying, or in Stripe's retry window after a failed payment. */
export const MEMBER_STATUSES = [
  "ACTIVE",
  "PAST_DUE",
] as const satisfies readonly MembershipStatus[];

export function isMemberStatus(status: MembershipStatus | null | undefined): boolean {
  return (MEMBER_STATUSES as readonly (MembershipStatus | null | undefined)[]).includes(status);
}

/** Stripe's subscription statuses, in the few states this site acts on. */
export function statusFromStripe(stripeStatus: string): MembershipStatus {
  switch (stripeStatus) {
    case "active":
    case "trialing":
      return "ACTIVE";
    case "past_due":
    case "unpaid":
    case "paused":
      return "PAST_DUE";
    case "incomplete":
      return "INCOMPLETE";
    default:
      // canceled, incomplete_expired, and anything Stripe adds later: not a member.
      return "CANCELED";
  }
}

export function intervalFromStripe(value: unknown): MembershipInterval | null {
  if (value === "month" || value === "MONTH") return "MONTH";
  if (value === "year" || value === "YEAR") return "YEAR";
  return null;
}

/** A state before a payment went through, which must not undo one that did. */
const PRELIMINARY: readonly MembershipStatus[] = ["NONE", "INCOMPLETE"];

/**
 * Whether an event may change a membership whose newest applied event was
 * created at `lastEventAt`. Stripe does not deliver events in order, so an
 * older event is kept in the history and changes nothing. Stripe's times are
 * whole seconds, and the events of one checkout often share one: within the
 * same second a preliminary state (the subscription "incomplete" before its
 * first payment) never overrides a paid one.
 */
export function mayApply(
  current: { lastEventAt: Date; status: MembershipStatus } | null,
  occurredAt: Date,
  status: MembershipStatus | undefined,
): boolean {
  if (!current) return true;
  const then = current.lastEventAt.getTime();
  const now = occurredAt.getTime();
  if (now < then) return false;
  if (now > then) return true;
  return !(status && PRELIMINARY.includes(status) && !PRELIMINARY.includes(current.status));
}

/** One month or one year after `from`, as an estimate of the next payment. */
export function addInterval(from: Date, interval: MembershipInterval): Date {
  const next = new Date(from);
  if (interval === "YEAR") next.setUTCFullYear(next.getUTCFullYear() + 1);
  else next.setUTCMonth(next.getUTCMonth() + 1);
  return next;
}

/** What a plan brings in each month, in minor units. */
export function monthlyAmount(amount: number, interval: MembershipInterval | null): number {
  if (interval === "MONTH") return amount;
  if (interval === "YEAR") return Math.round(amount / 12);
  return 0;
}

/** "$5", "$5.50", "€60": whole amounts without cents. */
export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat("en", {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: amount % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount / 100);
}

/** "5", "5.5", "5.50", "1,000" → minor units; null for anything else. */
export function parseMoney(input: string): number | null {
  const text = input
    .trim()
    .replace(/[,\s]/g, "")
    .replace(/^[$€£]/, "");
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(text)) return null;
  const [whole = "0", cents = ""] = text.split(".");
  return Number(whole) * 100 + Number(cents.padEnd(2, "0"));
}

/** Minor units back to the text a staff form shows: 550 → "5.50", 500 → "5". */
export function moneyInput(amount: number | null): string {
  if (amount === null) return "";
  return amount % 100 === 0 ? String(amount / 100) : (amount / 100).toFixed(2);
}

export interface RevenueRow {
  amount: number;
  interval: MembershipInterval | null;
  startedAt: Date | null;
  endedAt: Date | null;
}

/**
 * Monthly recurring revenue at the end of each of the last `months` months
 * (the current one last, up to `now`): every membership that had started
 * and not yet ended then, at its plan's monthly amount.
 */
export function revenueByMonth(
  rows: readonly RevenueRow[],
  now: Date,
  months: number,
): { month: string; mrr: number; members: number }[] {
  const points: { month: string; mrr: number; members: number }[] = [];
  for (let back = months - 1; back >= 0; back--) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const end =
      back === 0 ? now : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    let mrr = 0;
    let members = 0;
    for (const row of rows) {
      if (!row.startedAt || row.startedAt >= end) continue;
      if (row.endedAt && row.endedAt < end) continue;
      mrr += monthlyAmount(row.amount, row.interval);
      members += 1;
    }
    points.push({ month: start.toISOString().slice(0, 7), mrr, members });
  }
  return points;
}
