import type { MemberHistoryDto, MembershipStatus } from "./dto";
import { formatMoney } from "./rules";

export const STATUS_LABELS: Record<MembershipStatus, string> = {
  NONE: "Not a member",
  ACTIVE: "Active",
  PAST_DUE: "Payment overdue",
  INCOMPLETE: "Waiting for the first payment",
  CANCELED: "Ended",
};

/** One line of a member's history, in words. */
export function describeEvent(event: MemberHistoryDto, currency: string): string {
  if (event.donation) {
    return `One-time gift of ${formatMoney(event.amount ?? 0, currency)}. Thank you.`;
  }
  const status = event.status ? STATUS_LABELS[event.status].toLowerCase() : "changed";
  if (event.type === "checkout.session.completed") return "Joined.";
  if (event.type === "customer.subscription.deleted") return "Membership ended.";
  return `Membership ${status}.`;
}
