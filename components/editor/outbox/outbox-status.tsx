import type { OutboxStatus } from "@/lib/mail/dto";

const LABELS: Record<OutboxStatus, string> = {
  QUEUED: "Queued",
  SENDING: "Sending",
  SENT: "Sent",
  FAILED: "Failed",
  KEPT: "Kept",
};

/** A message's state as a badge; colour is never the only signal (the word is there). */
export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  return (
    <span className="ed-badge eo-badge" data-mail-status={status}>
      {LABELS[status]}
    </span>
  );
}
