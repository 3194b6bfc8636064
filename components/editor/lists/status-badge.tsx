import type { ArticleStatus } from "@/lib/articles/dto";
import { ARTICLE_STATUS_LABELS } from "@/lib/articles/field-labels";

/** The status pill; an overdue scheduled article says so instead, in red. */
export function StatusBadge({
  status,
  overdue = false,
}: {
  status: ArticleStatus;
  overdue?: boolean;
}) {
  return overdue ? (
    <span className="ed-badge edl-badge-overdue" data-status="OVERDUE">
      Overdue
    </span>
  ) : (
    <span className="ed-badge" data-status={status}>
      {ARTICLE_STATUS_LABELS[status]}
    </span>
  );
}
