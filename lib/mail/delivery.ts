import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import {
  isConnectionFailure,
  isPermanentFailure,
  messageIdFor,
  nextAttemptAfterFailure,
  MAX_ATTEMPTS,
} from "./backoff";
import { readMailSettings } from "./config";

/**
 * Delivers due outbox rows. A row is claimed by one conditional UPDATE over
 * `FOR UPDATE SKIP LOCKED` (status SENDING, nextAttemptAt = the end of the
 * claim's lease, attempts + 1), sent, then marked SENT only if the claim is
 * still ours. A process that dies mid-send leaves the row SENDING until the
 * lease ends; the next run claims it again. See docs/email.md for what SMTP
 * can and cannot promise about duplicates.
 */

export interface DeliveryOptions {
  /**
   * SMTP server for this run; default SMTP_URL, read now. null: none, so
   * due mail is marked KEPT and stays in the outbox.
   */
  smtpUrl?: string | null;
  /** A ready nodemailer transport, instead of smtpUrl (tests). */
  transport?: Transporter;
  batchSize?: number;
  /** How long a claim lasts; longer than any one batch can take. */
  leaseMs?: number;
  maxAttempts?: number;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  kept: number;
  lines: string[];
}

export const DEFAULT_BATCH_SIZE = 20;
export const DEFAULT_LEASE_MS = 15 * 60_000;
/** Per-connection limits, so one stuck server cannot outlast a lease. */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

export async function deliverDueEmails(
  now: Date,
  options: DeliveryOptions = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, kept: 0, lines: [] };
  const smtpUrl =
    options.smtpUrl === undefined ? readMailSettings().smtpUrl : (options.smtpUrl ?? undefined);
  if (!options.transport && !smtpUrl) {
    report.kept = await keepDueEmails(now);
    if (report.kept) {
      report.lines.push(`[mail] no SMTP_URL: kept ${report.kept} message(s) in the outbox`);
    }
    return report;
  }

  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const claimed = await claimDueEmails(now, leaseUntil, options.batchSize ?? DEFAULT_BATCH_SIZE);
  if (claimed.length === 0) return report;

  const transport = options.transport ?? createSmtpTransport(smtpUrl ?? "");
  const started = performance.now();
  try {
    for (const [index, row] of claimed.entries()) {
      // Stop well inside the lease: a row still being sent must never be
      // claimed by another runner whose lease check says it expired.
      if (performance.now() - started > leaseMs / 2) {
        await release(claimed.slice(index), leaseUntil, now);
        report.lines.push(`[mail] batch ran long; ${claimed.length - index} left for the next run`);
        break;
      }
      const messageId = messageIdFor(row.id, row.fromAddress);
      try {
        const info = (await transport.sendMail(toNodemailerMessage(row, messageId))) as {
          messageId?: string;
        };
        const marked = await db.emailOutbox.updateMany({
          where: { id: row.id, status: "SENDING", nextAttemptAt: leaseUntil },
          data: {
            status: "SENT",
            sentAt: new Date(),
            messageId: info.messageId ?? messageId,
            lastError: "",
          },
        });
        report.sent++;
        if (marked.count === 0) {
          report.lines.push(`[mail] ${row.id} sent, but its claim had lapsed before it was marked`);
        }
      } catch (error) {
        const failure = error as Error & { code?: unknown; responseCode?: unknown };
        const permanent = isPermanentFailure(failure);
        const retryAt = permanent
          ? null
          : nextAttemptAfterFailure(row.attempts, now, options.maxAttempts ?? MAX_ATTEMPTS);
        await db.emailOutbox.updateMany({
          where: { id: row.id, status: "SENDING", nextAttemptAt: leaseUntil },
          data: {
            status: retryAt ? "QUEUED" : "FAILED",
            nextAttemptAt: retryAt ?? now,
            lastError: describeError(failure),
            messageId,
          },
        });
        if (retryAt) report.retrying++;
        else report.failed++;
        report.lines.push(
          `[mail] ${row.id} to ${row.toAddress}: ${describeError(failure)}` +
            (retryAt ? `; retry at ${retryAt.toISOString()}` : "; gave up"),
        );
        if (isConnectionFailure(failure)) {
          // The server is unreachable: the rest of the batch would fail the
          // same way. They go back untried, with no attempt counted.
          const rest = claimed.slice(index + 1);
          if (rest.length) await release(rest, leaseUntil, retryAt ?? now);
          break;
        }
      }
    }
  } finally {
    if (!options.transport) transport.close();
  }
  if (report.sent) report.lines.unshift(`[mail] sent ${report.sent} message(s)`);
  return report;
}

interface ClaimedRow {
  id: string;
  attempts: number;
  toAddress: string;
  fromAddress: string;
  subject: string;
  html: string;
  text: string;
  headers: unknown;
}

async function claimDueEmails(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedRow[]> {
  // QUEUED rows that are due, and SENDING rows whose claim has lapsed (their
  // runner died): one statement, so two runners never claim one row.
  // The CTE is evaluated once (a locking CTE is always materialised), so
  // the LIMIT holds however the planner joins it.
  const rows = await db.$queryRaw<{ id: string; attempts: number }[]>`
    WITH due AS (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" IN ('QUEUED', 'SENDING') AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    UPDATE "EmailOutbox" AS mail
    SET "status" = 'SENDING', "attempts" = mail."attempts" + 1,
        "nextAttemptAt" = ${leaseUntil}, "updatedAt" = ${now}
    FROM due WHERE mail."id" = due."id"
    RETURNING mail."id", mail."attempts"`;
  if (rows.length === 0) return [];
  const details = await db.emailOutbox.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: {
      id: true,
      attempts: true,
      toAddress: true,
      fromAddress: true,
      subject: true,
      html: true,
      text: true,
      headers: true,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return details;
}

/** Puts claimed-but-untried rows back, not counting the attempt. */
async function release(rows: ClaimedRow[], leaseUntil: Date, at: Date): Promise<void> {
  await db.emailOutbox.updateMany({
    where: { id: { in: rows.map((row) => row.id) }, status: "SENDING", nextAttemptAt: leaseUntil },
    data: { status: "QUEUED", nextAttemptAt: at, attempts: { decrement: 1 } },
  });
}

/** No SMTP server: due mail is settled as KEPT, readable at /editor/outbox. */
async function keepDueEmails(now: Date): Promise<number> {
  return db.$executeRaw`
    UPDATE "EmailOutbox" SET "status" = 'KEPT', "updatedAt" = ${now}
    WHERE "status" IN ('QUEUED', 'SENDING') AND "nextAttemptAt" <= ${now}`;
}

function createSmtpTransport(url: string): Transporter {
  // pool: one connection reused for the batch; closed when the run ends.
  return nodemailer.createTransport({ url, pool: true, maxConnections: 1, ...SMTP_TIMEOUTS });
}

function toNodemailerMessage(row: ClaimedRow, messageId: string) {
  const headers: Record<string, string> = {};
  let replyTo: string | undefined;
  if (row.headers && typeof row.headers === "object" && !Array.isArray(row.headers)) {
    for (const [name, value] of Object.entries(row.headers as Record<string, unknown>)) {
      if (typeof value !== "string") continue;
      if (name.toLowerCase() === "reply-to") replyTo = value;
      else headers[name] = value;
    }
  }
  return {
    from: row.fromAddress,
    to: row.toAddress,
    replyTo,
    subject: row.subject,
    html: row.html,
    text: row.text,
    headers,
    messageId,
  };
}

function describeError(error: Error & { responseCode?: unknown; code?: unknown }): string {
  const code = typeof error.responseCode === "number" ? `${error.responseCode} ` : "";
  const kind = typeof error.code === "string" ? `${error.code}: ` : "";
  return `${kind}${code}${error.message}`.replace(/\s+/g, " ").slice(0, 500);
}
