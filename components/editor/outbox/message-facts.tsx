import { formatDateTime } from "@/lib/dates/format";
import type { OutboxMessageDto } from "@/lib/mail/dto";

/** Envelope, delivery state and every stored header of one message. */
export function MessageFacts({
  message,
  timezone,
}: {
  message: OutboxMessageDto;
  timezone: string;
}) {
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>{formatDateTime(date, timezone)}</time>
  );
  const waiting = message.status === "QUEUED" || message.status === "SENDING";
  return (
    <>
      <section className="ed-panel" aria-labelledby="delivery-heading">
        <h2 id="delivery-heading">Delivery</h2>
        <dl className="eo-facts">
          <dt>From</dt>
          <dd className="em-code">{message.from}</dd>
          <dt>To</dt>
          <dd className="em-code">{message.to}</dd>
          <dt>Queued</dt>
          <dd>{when(message.createdAt)}</dd>
          {message.sentAt ? (
            <>
              <dt>Sent</dt>
              <dd>{when(message.sentAt)}</dd>
            </>
          ) : null}
          <dt>Attempts</dt>
          <dd>{message.attempts}</dd>
          {waiting ? (
            <>
              <dt>{message.status === "SENDING" ? "Being sent; claim ends" : "Next attempt"}</dt>
              <dd>{when(message.nextAttemptAt)}</dd>
            </>
          ) : null}
          {message.lastError ? (
            <>
              <dt>Last error</dt>
              <dd className="eo-error">{message.lastError}</dd>
            </>
          ) : null}
          {message.messageId ? (
            <>
              <dt>Message-ID</dt>
              <dd className="em-code eo-break">{message.messageId}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {message.headers.length ? (
        <section className="ed-panel" aria-labelledby="headers-heading">
          <h2 id="headers-heading">Headers</h2>
          <dl className="eo-facts eo-headers">
            {message.headers.map((header) => (
              <div key={header.name}>
                <dt className="em-code">{header.name}</dt>
                <dd className="em-code eo-break">{header.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </>
  );
}
