import type { IssueStatusName } from "@/lib/newsletters/issues/dto";

const LABELS: Record<IssueStatusName, string> = {
  DRAFT: "Draft",
  SENDING: "Sending",
  SENT: "Sent",
  CANCELLED: "Cancelled",
};

export function IssueStatusBadge({ status }: { status: IssueStatusName }) {
  return (
    <span className="ed-badge enl-issue-badge" data-issue={status}>
      {LABELS[status]}
    </span>
  );
}
