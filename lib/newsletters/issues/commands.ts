import "server-only";
import { publicStoryFilter } from "@/lib/articles/rules";
import type { Staff } from "@/lib/auth/session";
import { invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { changedFields, recordAudit, type Tx } from "@/lib/manage/audit";
import { refused } from "@/lib/manage/results";
import type { CreateIssueInput, UpdateIssueInput } from "./schemas";
import { snapshotRecipients } from "./sending";
import { nudgeIssueSending } from "./task";

/**
 * Writing an issue (a draft until it is sent), and starting or cancelling a
 * send. Every command checks `newsletter.send` itself and writes an audit
 * row in the transaction of its change.
 */

type Saved = ActionResult<{ id: string }>;

const NOT_DRAFT = "This issue is no longer a draft: it has been sent or is being sent.";

/** Every chosen article must be a published story; the field error says which is not. */
async function articleProblem(tx: Tx, ids: string[]): Promise<string | null> {
  if (!ids.length) return null;
  const found = await tx.article.count({ where: { id: { in: ids }, ...publicStoryFilter() } });
  return found === ids.length
    ? null
    : "A chosen article is no longer published; remove it or choose another.";
}

export async function createIssue(staff: Staff, input: CreateIssueInput): Promise<Saved> {
  return db.$transaction(async (tx): Promise<Saved> => {
    const newsletter = await tx.newsletter.findUnique({
      where: { id: input.newsletterId },
      select: { id: true },
    });
    if (!newsletter) return invalid({ newsletterId: "That newsletter no longer exists." });
    const problem = await articleProblem(tx, input.articleIds);
    if (problem) return invalid({ articleIds: problem });
    const issue = await tx.newsletterIssue.create({
      data: {
        newsletterId: input.newsletterId,
        subject: input.subject,
        intro: input.intro,
        articleIds: input.articleIds,
        createdById: staff.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "newsletter.issue-create",
      entityType: "newsletterIssue",
      entityId: issue.id,
      data: { newsletterId: input.newsletterId, subject: input.subject },
    });
    return ok({ id: issue.id });
  });
}

export async function updateIssue(staff: Staff, input: UpdateIssueInput): Promise<Saved> {
  return db.$transaction(async (tx): Promise<Saved> => {
    const [before] = await tx.$queryRaw<
      { status: string; subject: string; intro: string; articleIds: string[] }[]
    >`SELECT "status"::text AS "status", "subject", "intro", "articleIds"
      FROM "NewsletterIssue" WHERE "id" = ${input.id} FOR UPDATE`;
    if (!before) return notFound("That issue");
    if (before.status !== "DRAFT") return refused(NOT_DRAFT);
    const problem = await articleProblem(tx, input.articleIds);
    if (problem) return invalid({ articleIds: problem });
    const after = { subject: input.subject, intro: input.intro, articleIds: input.articleIds };
    await tx.newsletterIssue.update({ where: { id: input.id }, data: after, select: { id: true } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "newsletter.issue-update",
      entityType: "newsletterIssue",
      entityId: input.id,
      data: changedFields(
        { subject: before.subject, intro: before.intro, articleIds: before.articleIds },
        after,
      ),
    });
    return ok({ id: input.id });
  });
}

/** Only a draft can be deleted; a sent issue is the record of what readers received. */
export async function deleteIssue(staff: Staff, input: { id: string }): Promise<Saved> {
  return db.$transaction(async (tx): Promise<Saved> => {
    const deleted = await tx.newsletterIssue.deleteMany({
      where: { id: input.id, status: "DRAFT" },
    });
    if (deleted.count === 0) {
      const exists = await tx.newsletterIssue.count({ where: { id: input.id } });
      return exists ? refused(NOT_DRAFT) : notFound("That issue");
    }
    await recordAudit(tx, {
      actorId: staff.id,
      action: "newsletter.issue-delete",
      entityType: "newsletterIssue",
      entityId: input.id,
    });
    return ok({ id: input.id });
  });
}

/**
 * Starts sending: fixes the recipients (every confirmed subscriber now) and
 * hands the issue to the background sender. Refused for an issue that is
 * not a draft (two clicks, two tabs: the row lock makes the second see
 * SENDING), an inactive newsletter, or nobody to send to.
 */
export async function startIssueSend(
  staff: Staff,
  input: { id: string },
): Promise<ActionResult<{ id: string; recipients: number }>> {
  const now = new Date();
  const result = await db.$transaction(
    async (tx): Promise<ActionResult<{ id: string; recipients: number }>> => {
      const [issue] = await tx.$queryRaw<
        { status: string; newsletterId: string; intro: string; articleIds: string[] }[]
      >`SELECT "status"::text AS "status", "newsletterId", "intro", "articleIds"
        FROM "NewsletterIssue" WHERE "id" = ${input.id} FOR UPDATE`;
      if (!issue) return notFound("That issue");
      if (issue.status !== "DRAFT") return refused(NOT_DRAFT);
      const newsletter = await tx.newsletter.findUnique({
        where: { id: issue.newsletterId },
        select: { active: true, name: true },
      });
      if (!newsletter?.active) {
        return refused("This newsletter is turned off. Turn it on before sending an issue.");
      }
      const problem = await articleProblem(tx, issue.articleIds);
      if (problem) return invalid({ articleIds: problem }, problem);
      if (!issue.intro && issue.articleIds.length === 0) {
        return refused("The issue is empty: choose an article or write an introduction.");
      }
      const recipients = await snapshotRecipients(tx, input.id, issue.newsletterId, now);
      if (recipients === 0) {
        return refused(`${newsletter.name} has no confirmed subscribers yet: nobody to send to.`);
      }
      await tx.newsletterIssue.update({
        where: { id: input.id },
        data: { status: "SENDING", sendStartedAt: now, recipientCount: recipients },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: staff.id,
        action: "newsletter.issue-send",
        entityType: "newsletterIssue",
        entityId: input.id,
        data: { recipients },
      });
      return ok({ id: input.id, recipients });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  if (result.ok) nudgeIssueSending();
  return result;
}

/**
 * Stops a send: recipients not yet handed to the outbox are skipped. Emails
 * already queued still go out (they may be leaving this second).
 */
export async function cancelIssueSend(
  staff: Staff,
  input: { id: string },
): Promise<ActionResult<{ id: string; skipped: number }>> {
  const now = new Date();
  return db.$transaction(async (tx): Promise<ActionResult<{ id: string; skipped: number }>> => {
    // Waits for a batch in progress (it holds the issue FOR SHARE).
    const changed = await tx.newsletterIssue.updateMany({
      where: { id: input.id, status: "SENDING" },
      data: { status: "CANCELLED" },
    });
    if (changed.count === 0) {
      const exists = await tx.newsletterIssue.count({ where: { id: input.id } });
      return exists ? refused("This issue is not being sent.") : notFound("That issue");
    }
    const skipped = await tx.issueDelivery.updateMany({
      where: { issueId: input.id, status: "PENDING" },
      data: { status: "SKIPPED", detail: "The send was cancelled.", finishedAt: now },
    });
    await tx.newsletterIssue.update({
      where: { id: input.id },
      data: { skippedCount: { increment: skipped.count } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "newsletter.issue-cancel",
      entityType: "newsletterIssue",
      entityId: input.id,
      data: { skipped: skipped.count },
    });
    return ok({ id: input.id, skipped: skipped.count });
  });
}
