import Link from "next/link";
import { formatDateTime } from "@/lib/dates/format";
import type { DeliveryRowDto, DeliveryStatusName } from "@/lib/newsletters/issues/dto";

export const DELIVERY_LABELS: Record<DeliveryStatusName, string> = {
  PENDING: "Waiting",
  QUEUED: "In the outbox",
  SENT: "Sent",
  KEPT: "Kept in outbox",
  FAILED: "Failed",
  SKIPPED: "Skipped",
};

const FILTERS: [DeliveryStatusName | "", string][] = [
  ["", "All"],
  ["SENT", "Sent"],
  ["FAILED", "Failed"],
  ["SKIPPED", "Skipped"],
  ["QUEUED", "In the outbox"],
  ["PENDING", "Waiting"],
];

/** Each recipient of an issue and what became of their copy. */
export function DeliveryTable({
  rows,
  status,
  hrefFor,
  timeZone,
}: {
  rows: DeliveryRowDto[];
  status: DeliveryStatusName | "";
  hrefFor: (status: DeliveryStatusName | "") => string;
  timeZone: string;
}) {
  return (
    <>
      <nav className="enl-chips" aria-label="Show recipients">
        {FILTERS.map(([value, label]) => (
          <Link
            key={value}
            href={hrefFor(value)}
            aria-current={value === status ? "true" : undefined}
          >
            {label}
          </Link>
        ))}
      </nav>
      {rows.length ? (
        <div className="enl-table-wrap">
          <table className="ed-table em-table enl-stack">
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Status</th>
                <th scope="col">When</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const when = row.finishedAt ?? row.queuedAt;
                return (
                  <tr key={row.id}>
                    <td className="enl-email enl-stack-lead">{row.email}</td>
                    <td data-label="Status">
                      <span className="ed-badge enl-delivery-badge" data-delivery={row.status}>
                        {DELIVERY_LABELS[row.status]}
                      </span>
                    </td>
                    <td className="em-nowrap" data-label="When">
                      {when ? formatDateTime(when, timeZone) : <span className="ed-muted">—</span>}
                    </td>
                    <td className="enl-detail" data-label="Detail">
                      {row.detail}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="em-empty">No recipient in this state.</p>
      )}
    </>
  );
}
