import type { SubscriptionStatusFilter } from "@/lib/newsletters/admin/dto";

const LABELS: Record<SubscriptionStatusFilter, string> = {
  CONFIRMED: "Confirmed",
  PENDING: "Pending",
  UNSUBSCRIBED: "Unsubscribed",
};

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatusFilter }) {
  return (
    <span className="ed-badge enl-sub-badge" data-subscription={status}>
      {LABELS[status]}
    </span>
  );
}
