import "server-only";
import { rateLimitStore } from "@/lib/auth/rate-limit";
import type { Staff } from "@/lib/auth/session";
import { notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { nudgeMailDelivery, queueEmail } from "@/lib/mail/outbox";
import { recordAudit } from "@/lib/manage/audit";
import { refused } from "@/lib/manage/results";
import { absoluteUrl } from "@/lib/seo/urls";
import { newsletterPaths } from "../paths";
import { loadIssueContent } from "./content";
import { renderIssueEmail, type IssueLinks } from "./render";
import { senderOf } from "./sending";

/** A copy not addressed to a subscriber links to the public newsletters page instead. */
export function sampleLinks(testFor?: string): IssueLinks {
  const page = absoluteUrl(newsletterPaths.index);
  return { manageUrl: page, unsubscribeUrl: page, ...(testFor ? { testFor } : {}) };
}

/** The email as subscribers will get it (with sample links), for the preview. */
export async function previewIssue(
  issueId: string,
): Promise<{ subject: string; html: string; text: string; storyCount: number } | null> {
  const issue = await db.newsletterIssue.findUnique({
    where: { id: issueId },
    select: { newsletterId: true, subject: true, intro: true, articleIds: true },
  });
  if (!issue) return null;
  const content = await loadIssueContent(db, issue);
  if (!content) return null;
  return { ...renderIssueEmail(content, sampleLinks()), storyCount: content.stories.length };
}

const TEST_LIMIT = { count: 10, windowMs: 10 * 60_000 } as const;

/**
 * Sends one copy of the issue, marked as a test, to the signed-in staff
 * member's own address through the outbox (never to anyone else).
 */
export async function sendIssueTest(
  staff: Staff,
  input: { id: string },
): Promise<ActionResult<{ to: string }>> {
  const issue = await db.newsletterIssue.findUnique({
    where: { id: input.id },
    select: { newsletterId: true, subject: true, intro: true, articleIds: true },
  });
  if (!issue) return notFound("That issue");
  const sent = await rateLimitStore().hit(`issue-test:${staff.id}`, TEST_LIMIT.windowMs);
  if (sent > TEST_LIMIT.count) {
    return refused("You have sent ten test copies in the last few minutes; wait a little.");
  }
  await db.$transaction(async (tx) => {
    const content = await loadIssueContent(tx, issue);
    if (!content) throw new Error(`issue ${input.id}: its newsletter is gone`);
    const email = renderIssueEmail(content, sampleLinks(staff.email));
    const from = senderOf(content.newsletter);
    await queueEmail(tx, {
      to: staff.email,
      ...(from ? { from } : {}),
      subject: email.subject,
      html: email.html,
      text: email.text,
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "newsletter.issue-test",
      entityType: "newsletterIssue",
      entityId: input.id,
      data: { to: staff.email },
    });
  });
  nudgeMailDelivery();
  return ok({ to: staff.email });
}
