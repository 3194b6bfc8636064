import { formatDate } from "@/lib/dates/format";
import type { MemberRowDto } from "@/lib/membership/dto";
import { STATUS_LABELS } from "@/lib/membership/labels";
import { formatMoney } from "@/lib/membership/rules";

/** One row per member, newest first. */
export function MemberTable({ rows, timeZone }: { rows: MemberRowDto[]; timeZone: string }) {
  return (
    <div className="enl-table-wrap">
      <table className="ed-table em-table enl-stack">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Status</th>
            <th scope="col">Tier</th>
            <th scope="col">Plan</th>
            <th scope="col">Since</th>
            <th scope="col">Next payment</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="enl-email enl-stack-lead">
                {row.email}
                {row.displayName ? <span className="mm-name">{row.displayName}</span> : null}
              </td>
              <td data-label="Status">
                <span className={`mm-status mm-status-${row.status.toLowerCase()}`}>
                  {STATUS_LABELS[row.status]}
                </span>
              </td>
              <td data-label="Tier">{row.tierName ?? (row.interval ? "Own amount" : "—")}</td>
              <td className="em-nowrap" data-label="Plan">
                {row.interval
                  ? `${formatMoney(row.amount, row.currency)} / ${row.interval === "YEAR" ? "year" : "month"}`
                  : "Gifts only"}
              </td>
              <td className="em-nowrap" data-label="Since">
                {row.startedAt ? formatDate(row.startedAt, timeZone) : "—"}
              </td>
              <td className="em-nowrap" data-label="Next payment">
                {row.currentPeriodEnd && (row.status === "ACTIVE" || row.status === "PAST_DUE")
                  ? `${row.cancelAtPeriodEnd ? "Ends " : ""}${formatDate(row.currentPeriodEnd, timeZone)}`
                  : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
