import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import type { Lease } from "@/lib/jobs/lease-queue";
import { isConnectionFailure, isPermanentFailure, messageIdFor, MAX_ATTEMPTS } from "./backoff";
import { readMailSettings } from "./config";
import { MAIL_LEASE_MS, outboxQueue } from "./queue";

/**
 * Delivers due outbox rows through the shared lease queue (queue.ts): a
 * claim makes rows SENDING under a lease and a token, each is sent, then
 * marked SENT only while the claim is still ours. A process that dies
 * mid-send leaves the row SENDING until the lease ends; the next run claims
 * it again. See docs/email.md for what SMTP can and cannot promise about
 * duplicates.
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
export const DEFAULT_LEASE_MS = MAIL_LEASE_MS;
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
    report.kept = await outboxQueue.settleDue(db, { now, status: "KEPT" });
    if (report.kept) {
      report.lines.push(`[mail] no SMTP_URL: kept ${report.kept} message(s) in the outbox`);
    }
    return report;
  }

  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const abandoned = await outboxQueue.failAbandoned(db, { now, maxAttempts });
  if (abandoned) {
    report.failed += abandoned;
    report.lines.push(`[mail] gave up on ${abandoned} message(s) whose sending kept stopping`);
  }
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const claimed = await claimDueEmails(now, {
    leaseMs,
    maxAttempts,
    limit: options.batchSize ?? DEFAULT_BATCH_SIZE,
  });
  if (claimed.length === 0) return report;

  const transport = options.transport ?? createSmtpTransport(smtpUrl ?? "");
  const started = performance.now();
  try {
    for (const [index, row] of claimed.entries()) {
      // Stop well inside the lease: a row still being sent must never be
      // claimed by another runner whose lease check says it expired.
      if (performance.now() - started > leaseMs / 2) {
        await outboxQueue.release(db, leasesOf(claimed.slice(index)), { now, at: now });
        report.lines.push(`[mail] batch ran long; ${claimed.length - index} left for the next run`);
        break;
      }
      const messageId = messageIdFor(row.id, row.fromAddress);
      try {
        const info = (await transport.sendMail(toNodemailerMessage(row, messageId))) as {
          messageId?: string;
        };
        const marked = await outboxQueue.complete(db, row.lease, {
          status: "SENT",
          now: new Date(),
          set: { sentAt: new Date(), messageId: info.messageId ?? messageId, lastError: "" },
        });
        report.sent++;
        if (!marked) {
          report.lines.push(`[mail] ${row.id} sent, but its claim had lapsed before it was marked`);
        }
      } catch (error) {
        const failure = error as Error & { code?: unknown; responseCode?: unknown };
        const outcome = await outboxQueue.fail(db, row.lease, {
          now,
          error: describeError(failure),
          permanent: isPermanentFailure(failure),
          maxAttempts,
          set: { messageId },
        });
        const retryAt = outcome.kind === "retry" ? outcome.at : null;
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
          if (rest.length) {
            await outboxQueue.release(db, leasesOf(rest), { now, at: retryAt ?? now });
          }
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
  lease: Lease;
  toAddress: string;
  fromAddress: string;
  subject: string;
  html: string;
  text: string;
  headers: unknown;
}

const leasesOf = (rows: ClaimedRow[]) => rows.map((row) => row.lease);

/**
 * QUEUED rows that are due, and SENDING rows whose claim has lapsed (their
 * runner died), under one lease: two runners never claim one row.
 */
async function claimDueEmails(
  now: Date,
  options: { leaseMs: number; maxAttempts: number; limit: number },
): Promise<ClaimedRow[]> {
  const leases = await outboxQueue.claim(db, { now, ...options });
  if (leases.length === 0) return [];
  const details = await db.emailOutbox.findMany({
    where: { id: { in: leases.map((lease) => lease.id) } },
    select: {
      id: true,
      toAddress: true,
      fromAddress: true,
      subject: true,
      html: true,
      text: true,
      headers: true,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const byId = new Map(leases.map((lease) => [lease.id, lease]));
  return details.flatMap((row) => {
    const lease = byId.get(row.id);
    return lease ? [{ ...row, lease }] : [];
  });
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
