"use client";

import Link from "next/link";
import { queueHref } from "@/lib/comments/queue-params";
import type { QueueItemDto } from "@/lib/comments/dto";
import { formatDateTime } from "@/lib/dates/format";
import { BanReader } from "./ban-reader";

const STATUS_LABELS = {
  PENDING: "Waiting",
  APPROVED: "Published",
  REJECTED: "Rejected",
  SPAM: "Spam",
} as const;

type Decision = "APPROVED" | "REJECTED" | "SPAM";

function age(from: Date, to: Date): string {
  const hours = Math.max(0, (to.getTime() - from.getTime()) / 3_600_000);
  if (hours < 1) return "under an hour";
  if (hours < 48) return `${Math.floor(hours)} h`;
  return `${Math.floor(hours / 24)} days`;
}

/**
 * One comment in the queue, as plain text: its links are shown, never
 * clickable, so a moderator cannot be led to a spammer's page by accident.
 */
export function QueueItem({
  item,
  timeZone,
  selected,
  onSelect,
  onDecide,
  pending,
}: {
  item: QueueItemDto;
  timeZone: string;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onDecide: (decision: Decision) => void;
  pending: boolean;
}) {
  const name = item.reader.displayName || "Reader without a name";
  const headingId = `edc-item-${item.id}`;
  return (
    <li className={`edc-item edc-${item.status.toLowerCase()}`} aria-labelledby={headingId}>
      <input
        type="checkbox"
        className="edc-select"
        checked={selected}
        onChange={(event) => onSelect(event.target.checked)}
        aria-label={`Select the comment by ${name}`}
      />
      <div className="edc-item-main">
        <div className="edc-item-head">
          <h3 id={headingId}>
            <Link href={queueHref({ status: "ALL", reader: item.reader.id })}>{name}</Link>
          </h3>
          <span className="ed-muted">{item.reader.email}</span>
          <span className={`ed-badge edc-status-${item.status.toLowerCase()}`}>
            {STATUS_LABELS[item.status]}
          </span>
          {item.reader.banned ? <span className="ed-badge edc-banned">Banned</span> : null}
          {item.deletedAt ? <span className="ed-badge">Deleted by the reader</span> : null}
        </div>
        <p className="edc-context">
          On{" "}
          <Link href={queueHref({ status: "ALL", article: item.article.id })}>
            {item.article.title}
          </Link>{" "}
          (<a href={`/${item.article.slug}#comments`}>view on site</a>) ·{" "}
          <time dateTime={item.createdAt.toISOString()}>
            {formatDateTime(item.createdAt, timeZone)}
          </time>
          {item.editedAt ? " · edited" : ""} · account {age(item.reader.createdAt, item.createdAt)}{" "}
          old when posting
          {item.sameAddress
            ? ` · ${item.sameAddress} ${item.sameAddress === 1 ? "other" : "others"} from the same address`
            : ""}
        </p>
        {item.parent ? (
          <p className="edc-parent">
            Replying to {item.parent.authorName}: “{item.parent.excerpt}”
          </p>
        ) : null}
        <div className="edc-body">{item.body}</div>
        {item.heldReason ? (
          <p className="edc-reason">
            <strong>{item.status === "PENDING" ? "Held because" : "Was held because"}:</strong>{" "}
            {item.heldReason}
          </p>
        ) : null}
        {item.moderatedAt ? (
          <p className="ed-muted edc-moderated">
            Decided by {item.moderatedBy ?? "a former colleague"},{" "}
            {formatDateTime(item.moderatedAt, timeZone)}
          </p>
        ) : null}
        <div className="em-actions edc-actions">
          {item.status !== "APPROVED" ? (
            <button
              type="button"
              className="ed-button ed-button-primary"
              disabled={pending}
              aria-describedby={headingId}
              onClick={() => onDecide("APPROVED")}
            >
              Approve
            </button>
          ) : null}
          {item.status !== "REJECTED" ? (
            <button
              type="button"
              className="ed-button"
              disabled={pending}
              aria-describedby={headingId}
              onClick={() => onDecide("REJECTED")}
            >
              Reject
            </button>
          ) : null}
          {item.status !== "SPAM" ? (
            <button
              type="button"
              className="ed-button"
              disabled={pending}
              aria-describedby={headingId}
              onClick={() => onDecide("SPAM")}
            >
              Spam
            </button>
          ) : null}
          <BanReader readerId={item.reader.id} name={name} banned={item.reader.banned} compact />
        </div>
      </div>
    </li>
  );
}
