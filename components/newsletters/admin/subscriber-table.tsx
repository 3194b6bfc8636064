import { formatDateTime } from "@/lib/dates/format";
import type { SubscriptionRowDto } from "@/lib/newsletters/admin/dto";
import { SubscriptionStatusBadge } from "./subscription-status";

/** One row per address and newsletter, newest sign-up first. */
export function SubscriberTable({
  rows,
  timeZone,
}: {
  rows: SubscriptionRowDto[];
  timeZone: string;
}) {
  return (
    <div className="enl-table-wrap">
      <table className="ed-table em-table enl-stack">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Newsletter</th>
            <th scope="col">Status</th>
            <th scope="col">Signed up</th>
            <th scope="col">Confirmed / left</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const changed = row.status === "UNSUBSCRIBED" ? row.unsubscribedAt : row.confirmedAt;
            return (
              <tr key={row.id}>
                <td className="enl-email enl-stack-lead">{row.email}</td>
                <td data-label="Newsletter">{row.newsletterName}</td>
                <td data-label="Status">
                  <SubscriptionStatusBadge status={row.status} />
                </td>
                <td className="em-nowrap" data-label="Signed up">
                  {formatDateTime(row.createdAt, timeZone)}
                </td>
                <td className="em-nowrap" data-label="Confirmed / left">
                  {changed ? (
                    formatDateTime(changed, timeZone)
                  ) : (
                    <span className="ed-muted">—</span>
                  )}
                </td>
                <td data-label="Source">
                  {row.source ? (
                    <code className="em-code">{row.source}</code>
                  ) : (
                    <span className="ed-muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
