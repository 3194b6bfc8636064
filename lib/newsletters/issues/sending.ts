import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { wakeWorker } from "@/lib/jobs/wake";
import { nudgeMailDelivery, queueEmail } from "@/lib/mail/outbox";
import { formatMailbox, InvalidEmailError } from "@/lib/mail/validate";
import type { Tx } from "@/lib/manage/audit";
import { MEMBER_STATUSES } from "@/lib/membership/rules";
import { manageUrl, oneClickUnsubscribeUrl, unsubscribeHeaders } from "../personal-links";
import { loadIssueContent } from "./content";
import { issueDeliveryQueue } from "./delivery-queue";
import { renderIssueEmail, type IssueContent } from "./render";

/**
 * Sending an issue, in batches, exactly once per recipient.
 *
 * Starting a send writes one IssueDelivery per confirmed subscriber (unique
 * per issue and subscriber). A batch then, in ONE transaction: locks
 * pending deliveries (delivery-queue.ts: FOR UPDATE SKIP LOCKED, the
 * transaction's row lock standing in for a lease), queues each email in the
 * outbox with the key `issue:<issue>:subscriber:<subscriber>` and marks the
 * delivery QUEUED. A crash before the commit undoes both; after it, the
 * deliveries are no longer pending. Either way a restart cannot queue a
 * second message, and the idempotency key would refuse one anyway. The
 * outbox's own status (sent, kept, failed) is copied back afterwards.
 */

export const ISSUE_BATCH_SIZE = 100;

export const issueEmailKey = (issueId: string, subscriberId: string) =>
  `issue:${issueId}:subscriber:${subscriberId}`;

/**
 * Whether the subscriber (an SQL expression for its id) may get an issue of
 * the newsletter (one for whether it is members-only): anyone may, unless
 * the newsletter is for members, when the subscriber's address must be a
 * reader's whose membership is in good standing (MEMBER_STATUSES). Checked
 * when the recipients are fixed and again at each batch, so a membership
 * that ends stops the issues too.
 */
export function mayReceiveSql(subscriberId: Prisma.Sql, membersOnly: Prisma.Sql): Prisma.Sql {
  const statuses = Prisma.join(MEMBER_STATUSES.map((status) => Prisma.sql`${status}`));
  return Prisma.sql`(NOT ${membersOnly} OR EXISTS (
    SELECT 1 FROM "Subscriber" rs
    JOIN "Reader" r ON r."email" = rs."email"
    JOIN "Membership" m ON m."readerId" = r."id"
    WHERE rs."id" = ${subscriberId} AND m."status"::text IN (${statuses})))`;
}

/**
 * The recipients, fixed now: every subscriber confirmed on the newsletter at
 * this moment (someone confirming later gets the next issue), and for a
 * members' newsletter only members (mayReceiveSql). One statement, however
 * long the list; a second call adds nobody twice.
 */
export async function snapshotRecipients(
  tx: Tx,
  issueId: string,
  newsletterId: string,
  now: Date,
): Promise<number> {
  const added = await tx.$executeRaw`
    INSERT INTO "IssueDelivery" ("id", "issueId", "subscriberId", "status", "createdAt")
    SELECT gen_random_uuid()::text, ${issueId}, s."subscriberId", 'PENDING', ${now}
    FROM "Subscription" s JOIN "Newsletter" n ON n."id" = s."newsletterId"
    WHERE s."newsletterId" = ${newsletterId} AND s."status" = 'CONFIRMED'
      AND ${mayReceiveSql(Prisma.sql`s."subscriberId"`, Prisma.sql`n."membersOnly"`)}
    ON CONFLICT ("issueId", "subscriberId") DO NOTHING`;
  // The worker starts the batches as soon as the send commits.
  if (added) await wakeWorker(tx, "newsletters");
  return added;
}

export function senderOf(newsletter: { senderName: string; senderEmail: string }) {
  try {
    return formatMailbox(newsletter.senderName, newsletter.senderEmail);
  } catch {
    // An unusable stored sender falls back to the outbox's default (MAIL_FROM).
    return undefined;
  }
}

export interface BatchOptions {
  batchSize?: number;
  /**
   * For tests, which throw from these to simulate a crash mid-batch: called
   * inside the batch's transaction after each recipient's email is queued
   * (before the deliveries are marked), and after they are marked (before
   * the commit).
   */
  afterQueued?: (queuedSoFar: number) => void | Promise<void>;
  afterMarked?: () => void | Promise<void>;
}

export interface BatchResult {
  /** The issue is not (or no longer) sending: nothing was done. */
  stopped: boolean;
  claimed: number;
  queued: number;
  skipped: number;
  failed: number;
}

interface ClaimedDelivery {
  id: string;
  subscriberId: string;
  email: string;
  subscription: string | null;
  allowed: boolean;
}

type IssueRow = {
  status: string;
  newsletterId: string;
  subject: string;
  intro: string;
  articleIds: string[];
};

/** One batch of one issue, in one transaction (see the file comment). */
export async function sendIssueBatch(
  issueId: string,
  now: Date,
  options: BatchOptions = {},
): Promise<BatchResult> {
  const result: BatchResult = { stopped: false, claimed: 0, queued: 0, skipped: 0, failed: 0 };
  await db.$transaction(
    async (tx) => {
      // FOR SHARE: a cancel (which updates the issue) waits for this batch, and
      // this batch does not start while a cancel is being written.
      const [issue] = await tx.$queryRaw<IssueRow[]>`
        SELECT "status"::text AS "status", "newsletterId", "subject", "intro", "articleIds"
        FROM "NewsletterIssue" WHERE "id" = ${issueId} FOR SHARE`;
      if (!issue || issue.status !== "SENDING") {
        result.stopped = true;
        return;
      }
      const ids = await issueDeliveryQueue.lock(tx, {
        limit: options.batchSize ?? ISSUE_BATCH_SIZE,
        where: Prisma.sql`"issueId" = ${issueId}`,
      });
      result.claimed = ids.length;
      if (!ids.length) return;
      const claimed = await tx.$queryRaw<ClaimedDelivery[]>`
        SELECT d."id", d."subscriberId", s."email", sub."status"::text AS "subscription",
               ${mayReceiveSql(Prisma.sql`d."subscriberId"`, Prisma.sql`n."membersOnly"`)} AS "allowed"
        FROM "IssueDelivery" d
        JOIN "Subscriber" s ON s."id" = d."subscriberId"
        JOIN "Newsletter" n ON n."id" = ${issue.newsletterId}
        LEFT JOIN "Subscription" sub
          ON sub."subscriberId" = d."subscriberId" AND sub."newsletterId" = ${issue.newsletterId}
        WHERE d."id" = ANY(${ids}::text[])
        ORDER BY d."id"`;

      // Readers who unsubscribed (or whose subscription went), and for a
      // members' newsletter readers whose membership ended, since the send
      // started are skipped, never emailed.
      const skip = async (rows: ClaimedDelivery[], detail: string) => {
        if (!rows.length) return;
        await tx.issueDelivery.updateMany({
          where: { id: { in: rows.map((row) => row.id) }, status: "PENDING" },
          data: { status: "SKIPPED", detail, finishedAt: now },
        });
        result.skipped += rows.length;
      };
      await skip(
        claimed.filter((row) => row.subscription !== "CONFIRMED"),
        "Unsubscribed before their batch.",
      );
      await skip(
        claimed.filter((row) => row.subscription === "CONFIRMED" && !row.allowed),
        "No longer a member when their batch was sent.",
      );
      const recipients = claimed.filter((row) => row.subscription === "CONFIRMED" && row.allowed);
      if (!recipients.length) return;

      const content = await loadIssueContent(tx, issue, now);
      if (!content) throw new Error(`issue ${issueId}: its newsletter is gone`);
      if (!content.intro && content.stories.length === 0) {
        // Every story was unpublished since the send started: an empty email helps nobody.
        await tx.issueDelivery.updateMany({
          where: { id: { in: recipients.map((row) => row.id) }, status: "PENDING" },
          data: {
            status: "SKIPPED",
            detail: "Nothing left to send: every story in the issue was unpublished.",
            finishedAt: now,
          },
        });
        result.skipped += recipients.length;
        return;
      }
      const from = senderOf(content.newsletter);
      const queued: { id: string; emailId: string }[] = [];
      for (const row of recipients) {
        const emailId = await queueOne(tx, { issueId, content, from, row, now });
        if (emailId) queued.push({ id: row.id, emailId });
        else result.failed++;
        result.queued = queued.length;
        await options.afterQueued?.(result.queued);
      }
      // Marked in one statement, still inside the batch's transaction.
      if (queued.length) {
        await tx.$executeRaw`
          UPDATE "IssueDelivery" AS d
          SET "status" = 'QUEUED', "emailId" = v."emailId", "queuedAt" = ${now}
          FROM (SELECT unnest(${queued.map((q) => q.id)}::text[]) AS "id",
                       unnest(${queued.map((q) => q.emailId)}::text[]) AS "emailId") AS v
          WHERE d."id" = v."id" AND d."status" = 'PENDING'`;
      }
      await options.afterMarked?.();
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  if (result.queued) nudgeMailDelivery();
  return result;
}

/** Queues one recipient's copy; its outbox id, or null for an unusable address (marked FAILED). */
async function queueOne(
  tx: Tx,
  input: {
    issueId: string;
    content: IssueContent;
    from: string | undefined;
    row: ClaimedDelivery;
    now: Date;
  },
): Promise<string | null> {
  const { issueId, content, from, row, now } = input;
  const newsletterId = content.newsletter.id;
  const email = renderIssueEmail(content, {
    manageUrl: manageUrl(row.subscriberId, now.getTime(), content.newsletter.edition),
    unsubscribeUrl: oneClickUnsubscribeUrl(row.subscriberId, newsletterId),
  });
  try {
    const { id } = await queueEmail(tx, {
      to: row.email,
      ...(from ? { from } : {}),
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: unsubscribeHeaders(row.subscriberId, newsletterId),
      idempotencyKey: issueEmailKey(issueId, row.subscriberId),
    });
    return id;
  } catch (error) {
    // One unusable address must not hold up everyone after it.
    if (!(error instanceof InvalidEmailError)) throw error;
    await tx.issueDelivery.update({
      where: { id: row.id },
      data: { status: "FAILED", detail: "Not a deliverable address.", finishedAt: now },
      select: { id: true },
    });
    return null;
  }
}
