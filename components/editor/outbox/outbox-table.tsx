import Link from "next/link";
import { formatDateTime } from "@/lib/dates/format";
import type { OutboxListItemDto } from "@/lib/mail/dto";
import { OutboxStatusBadge } from "./outbox-status";

/** One page of messages, newest first; on a phone each row becomes a card. */
export function OutboxTable({ items, timezone }: { items: OutboxListItemDto[]; timezone: string }) {
  return (
    <table className="ed-table em-table eo-table">
      <caption className="visually-hidden">Messages, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Subject</th>
          <th scope="col">To</th>
          <th scope="col">Status</th>
          <th scope="col">Queued</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td className="eo-subject">
              <Link href={`/editor/outbox/${item.id}`}>{item.subject}</Link>
            </td>
            <td className="eo-to">
              <span className="em-code">{item.to}</span>
            </td>
            <td className="eo-status">
              <OutboxStatusBadge status={item.status} />
              <StatusDetail item={item} timezone={timezone} />
            </td>
            <td className="eo-when">
              <time dateTime={item.createdAt.toISOString()}>
                {formatDateTime(item.createdAt, timezone)}
              </time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StatusDetail({ item, timezone }: { item: OutboxListItemDto; timezone: string }) {
  if (item.status === "SENT" && item.sentAt) {
    return <div className="em-sub">{formatDateTime(item.sentAt, timezone)}</div>;
  }
  if (item.status === "QUEUED" && item.attempts > 0) {
    return (
      <div className="em-sub">
        Attempt {item.attempts + 1} at {formatDateTime(item.nextAttemptAt, timezone)}
      </div>
    );
  }
  if (item.status === "FAILED") {
    return (
      <div className="em-sub" title={item.lastError}>
        {item.attempts} {item.attempts === 1 ? "attempt" : "attempts"}
      </div>
    );
  }
  return null;
}
