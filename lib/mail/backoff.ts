/**
 * When a failed send is tried again (the outbox queue's retry policy,
 * queue.ts). Attempt n (1-based) that failed waits RETRY_DELAYS_MINUTES[n-1]
 * (the last entry for any later attempt) before the next one; after
 * MAX_ATTEMPTS failures the message is FAILED for good, until someone
 * presses "Retry now" in the outbox. Roughly a day and a half from first
 * failure to giving up, enough to ride out a mail server outage.
 */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 360, 720] as const;
export const MAX_ATTEMPTS = 8;

export function retryDelayMs(failedAttempts: number): number {
  const index = Math.min(Math.max(failedAttempts, 1), RETRY_DELAYS_MINUTES.length) - 1;
  return (RETRY_DELAYS_MINUTES[index] ?? 720) * 60_000;
}

/**
 * A stable Message-ID for an outbox row: sending the same row again (after a
 * crash between "sent" and "marked sent") carries the same ID, so the copy
 * is recognisable as a duplicate by the receiving side and by us.
 */
export function messageIdFor(rowId: string, fromMailbox: string): string {
  const address = /<([^<>]+)>$/.exec(fromMailbox)?.[1] ?? fromMailbox;
  const domain = address.slice(address.lastIndexOf("@") + 1).replace(/[^A-Za-z0-9.-]/g, "");
  return `<outbox.${rowId.replace(/[^A-Za-z0-9_-]/g, "")}@${domain || "localhost"}>`;
}

/**
 * Whether an SMTP error means this message can never be delivered as it is
 * (the server refused the recipient with a 5xx). Anything else — refused
 * connections, timeouts, authentication, 4xx — may pass on a later try.
 */
export function isPermanentFailure(error: { code?: unknown; responseCode?: unknown }): boolean {
  return (
    error.code === "EENVELOPE" &&
    typeof error.responseCode === "number" &&
    error.responseCode >= 500 &&
    error.responseCode < 600
  );
}

/** Errors that say the server cannot be reached: the rest of a batch need not be tried. */
export function isConnectionFailure(error: { code?: unknown }): boolean {
  return (
    error.code === "ECONNECTION" ||
    error.code === "ETIMEDOUT" ||
    error.code === "ESOCKET" ||
    error.code === "EDNS" ||
    error.code === "EAUTH" ||
    error.code === "ETLS"
  );
}
