import Link from "next/link";

import type { StatusCounts as StatusCountsDto } from "@/lib/newsletters/admin/dto";

const LABELS = [
  ["CONFIRMED", "Confirmed"],
  ["PENDING", "Pending"],
  ["UNSUBSCRIBED", "Unsubscribed"],
] as const;

/** A newsletter's subscriptions per status, each linking to that filtered list. */
export function StatusCounts({
  newsletterId,
  counts,
}: {
  newsletterId: string;
  counts: StatusCountsDto;
}) {
  return (
    <dl className="enl-counts">
      {LABELS.map(([status, label]) => (
        <div key={status} data-status={status}>
          <dt>{label}</dt>
          <dd>
            <Link
              href={`/editor/newsletters/subscribers?newsletter=${encodeURIComponent(newsletterId)}&status=${status}`}
            >
              {counts[status].toLocaleString("en")}
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
