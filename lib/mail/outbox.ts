import "server-only";
import type { Tx } from "@/lib/articles/editing/state";
import type { Db } from "@/lib/db/client";
import { wakeWorker } from "@/lib/jobs/wake";
import { fallbackSender, readMailSettings } from "./config";
import { requestMailDelivery } from "./nudge";
import {
  checkAddress,
  checkBody,
  checkHeaders,
  checkIdempotencyKey,
  checkMailbox,
  checkSubject,
} from "./validate";

/**
 * The one way code sends email: a row in EmailOutbox, written in the same
 * transaction as the change that caused it, delivered later by the mail task
 * (lib/mail/delivery.ts) or kept for staff at /editor/outbox when no SMTP
 * server is configured. See docs/email.md.
 */

export interface OutgoingEmail {
  to: string; // one address
  from?: string; // "Name <address>"; defaults to MAIL_FROM
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>; // e.g. List-Unsubscribe, List-Unsubscribe-Post
  /** Same key twice → one outbox row and at most one message sent. */
  idempotencyKey?: string;
}

/**
 * Queues one email in the caller's transaction (or on the db client), so it
 * is sent iff the change that caused it commits. Throws InvalidEmailError
 * (lib/mail/validate.ts) on a malformed address, a header with a line break,
 * a reserved header name and the like: those are programmer errors; check a
 * reader's input before calling this.
 */
export async function queueEmail(
  client: Tx | Db,
  email: OutgoingEmail,
): Promise<{ id: string; created: boolean }> {
  const to = checkAddress(email.to, "to");
  const subject = checkSubject(email.subject);
  const html = checkBody(email.html, "html");
  const text = checkBody(email.text, "text");
  const headers = checkHeaders(email.headers);
  const idempotencyKey = checkIdempotencyKey(email.idempotencyKey);
  // Reply-To travels with the other headers; delivery hands it to nodemailer.
  if (email.replyTo !== undefined) headers["Reply-To"] = checkMailbox(email.replyTo, "replyTo");
  const tx: Tx = client;
  const fromAddress =
    email.from !== undefined ? checkMailbox(email.from, "from") : await defaultSender(tx);

  const data = { toAddress: to, fromAddress, subject, html, text, headers, idempotencyKey };
  if (idempotencyKey === null) {
    const row = await tx.emailOutbox.create({ data, select: { id: true } });
    await wakeWorker(tx, "mail");
    return { id: row.id, created: true };
  }
  // ON CONFLICT DO NOTHING: a duplicate key must not abort the caller's
  // transaction, and a concurrent insert of the same key waits for the first
  // to commit (or roll back) rather than failing.
  const inserted = await tx.emailOutbox.createManyAndReturn({
    data: [data],
    skipDuplicates: true,
    select: { id: true },
  });
  if (inserted[0]) {
    // Delivered when the caller's transaction commits: the worker wakes for it.
    await wakeWorker(tx, "mail");
    return { id: inserted[0].id, created: true };
  }
  const existing = await tx.emailOutbox.findUnique({
    where: { idempotencyKey },
    select: { id: true },
  });
  if (!existing) throw new Error(`queueEmail: key ${idempotencyKey} conflicted but has no row`);
  return { id: existing.id, created: false };
}

/**
 * Asks this process to deliver queued mail soon (after the response), for
 * mail a reader is waiting for (sign-in links, confirmations). Never throws.
 * Other mail goes out on the scheduler's next tick (every 15 s by default).
 */
export function nudgeMailDelivery(): void {
  requestMailDelivery();
}

async function defaultSender(tx: Tx): Promise<string> {
  const configured = readMailSettings().mailFrom;
  if (configured) return configured;
  const settings = await tx.siteSettings.findUnique({ where: { id: 1 }, select: { name: true } });
  return fallbackSender(settings?.name);
}
