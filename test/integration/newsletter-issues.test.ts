import { beforeEach, describe, expect, it, vi } from "vitest";
import { deliverDueEmails } from "@/lib/mail/delivery";
import { takeRecordedMailNudges } from "@/lib/mail/nudge";
import {
  cancelIssueSendAction,
  createIssueAction,
  sendIssueTestAction,
  startIssueSendAction,
} from "@/lib/newsletters/issues/actions";
import { runIssueSending } from "@/lib/newsletters/issues/runner";
import { sendIssueBatch } from "@/lib/newsletters/issues/sending";
import { smtpSinkForTests } from "../mail/smtp-sink-for-tests";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createStaff } from "./factories";
import {
  createDraftIssue,
  createNewsletter,
  createStoryWithImage,
  sendEverything,
  subscribe,
  subscribeMany,
} from "./newsletter-issues-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

const db = testDb();
const sink = smtpSinkForTests();

beforeEach(async () => {
  await truncateAll();
  takeRecordedMailNudges();
});

const recipientsOf = () => sink.envelopes.flatMap((envelope) => envelope.to).sort();

/** How many messages each address received. */
function messagesPerAddress(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const address of recipientsOf()) counts.set(address, (counts.get(address) ?? 0) + 1);
  return counts;
}

describe("sending an issue", () => {
  it("delivers exactly one copy to each confirmed subscriber, with unsubscribe headers, and none to anyone else", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    actAs(editor);
    const newsletter = await createNewsletter();
    const confirmed = await subscribeMany(newsletter.id, "confirmed", 5, "CONFIRMED");
    await subscribeMany(newsletter.id, "pending", 2, "PENDING");
    await subscribeMany(newsletter.id, "left", 2, "UNSUBSCRIBED");
    const { article, key } = await createStoryWithImage("Drone strike on Kharkiv school");

    const created = await createIssueAction({
      newsletterId: newsletter.id,
      subject: "Morning: the strike on a Kharkiv school",
      intro: "Good morning.\n\nOne story matters most today.",
      articleIds: [article.id],
    });
    expect(created.ok).toBe(true);
    const issueId = created.ok ? created.data.id : "";

    // A test copy goes to the editor alone, marked as a test.
    expect(await sendIssueTestAction({ id: issueId })).toEqual({
      ok: true,
      data: { to: editor.email },
    });
    await deliverDueEmails(new Date(), { smtpUrl: sink.url });
    const [test] = await sink.waitForMessages(1);
    expect(test?.subject).toBe("[Test] Morning: the strike on a Kharkiv school");
    expect(sink.envelopes[0]?.to).toEqual([editor.email]);

    const started = await startIssueSendAction({ id: issueId });
    expect(started).toEqual({ ok: true, data: { id: issueId, recipients: 5 } });
    await sendEverything(sink);

    const issueCopies = sink.messages.filter((m) => !m.subject?.startsWith("[Test]"));
    expect(issueCopies).toHaveLength(5);
    expect(
      sink.envelopes
        .slice(1)
        .flatMap((e) => e.to)
        .sort(),
    ).toEqual([...confirmed].sort());

    const subscribers = await db.subscriber.findMany({ select: { id: true, email: true } });
    const idOf = new Map(subscribers.map((s) => [s.email, s.id]));
    for (const [index, message] of sink.messages.entries()) {
      if (index === 0) continue;
      const to = sink.envelopes[index]!.to[0]!;
      const header = (name: string) =>
        message.headerLines
          .find((line) => line.key === name)
          ?.line.replace(/\r?\n[ \t]+/g, " ")
          .slice(name.length + 2);
      expect(header("list-unsubscribe")).toMatch(
        /^<http:\/\/localhost:3000\/api\/newsletters\/unsubscribe\?token=[\w.-]+>$/,
      );
      expect(header("list-unsubscribe")).toContain(idOf.get(to));
      expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
      const html = String(message.html);
      // Images by absolute URL (a stored copy, not the 2400 px original), and no others.
      expect(html).toContain(`src="http://localhost:3000/media/img/${key}-1600.jpg"`);
      expect(html.match(/<img\b/g)).toHaveLength(1);
      expect(html).toContain("/newsletters/manage?token=");
      expect(message.text).toContain(`http://localhost:3000/${article.slug}`);
      expect(message.text).toContain("One story matters most today.");
    }

    const issue = await db.newsletterIssue.findUniqueOrThrow({ where: { id: issueId } });
    expect(issue).toMatchObject({
      status: "SENT",
      recipientCount: 5,
      sentCount: 5,
      failedCount: 0,
      skippedCount: 0,
    });
    const deliveries = await db.issueDelivery.findMany({ where: { issueId } });
    expect(deliveries.map((d) => d.status)).toEqual(Array(5).fill("SENT"));
  });

  it("resumes after a crash mid-batch without sending anyone a second copy", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const newsletter = await createNewsletter();
    const confirmed = await subscribeMany(newsletter.id, "crash", 8, "CONFIRMED");
    const issue = await createDraftIssue(newsletter.id);
    expect((await startIssueSendAction({ id: issue.id })).ok).toBe(true);

    // The first batch of three commits.
    expect((await sendIssueBatch(issue.id, new Date(), { batchSize: 3 })).queued).toBe(3);
    // The second dies after two of its recipients were queued and marked:
    // the whole batch is undone, emails and marks together.
    const crash = new Error("the server was killed");
    await expect(
      sendIssueBatch(issue.id, new Date(), {
        batchSize: 3,
        afterQueued: (count) => {
          if (count === 2) throw crash;
        },
      }),
    ).rejects.toBe(crash);
    expect(await db.emailOutbox.count()).toBe(3);
    expect(await db.issueDelivery.count({ where: { issueId: issue.id, status: "PENDING" } })).toBe(
      5,
    );
    // Dying after the marks but before the commit undoes the batch the same way.
    await expect(
      sendIssueBatch(issue.id, new Date(), {
        batchSize: 3,
        afterMarked: () => {
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
    expect(await db.emailOutbox.count()).toBe(3);

    // Deliver what was queued before the crash, then pretend a mark was lost
    // after its email had been queued: the idempotency key still holds.
    await deliverDueEmails(new Date(), { smtpUrl: sink.url });
    await sink.waitForMessages(3);
    const queued = await db.issueDelivery.findFirstOrThrow({
      where: { issueId: issue.id, status: { in: ["QUEUED", "SENT"] } },
    });
    await db.issueDelivery.update({
      where: { id: queued.id },
      data: { status: "PENDING", emailId: null, queuedAt: null },
    });

    // Restart: the scheduler's next runs finish the job.
    await sendEverything(sink, 3);
    expect(messagesPerAddress()).toEqual(new Map([...confirmed].sort().map((e) => [e, 1])));
    expect(await db.emailOutbox.count()).toBe(8);
    const after = await db.newsletterIssue.findUniqueOrThrow({ where: { id: issue.id } });
    expect(after).toMatchObject({ status: "SENT", sentCount: 8 });
  });

  it("skips readers who unsubscribe after the send started but before their batch", async () => {
    actAs(await createStaff({ role: "ADMIN" }));
    const newsletter = await createNewsletter();
    await subscribeMany(newsletter.id, "mid", 6, "CONFIRMED");
    const issue = await createDraftIssue(newsletter.id);
    expect(await startIssueSendAction({ id: issue.id })).toMatchObject({
      ok: true,
      data: { recipients: 6 },
    });
    await sendIssueBatch(issue.id, new Date(), { batchSize: 2 });

    const waiting = await db.issueDelivery.findFirstOrThrow({
      where: { issueId: issue.id, status: "PENDING" },
      select: { subscriberId: true, subscriber: { select: { email: true } } },
    });
    await db.subscription.update({
      where: {
        subscriberId_newsletterId: {
          subscriberId: waiting.subscriberId,
          newsletterId: newsletter.id,
        },
      },
      data: { status: "UNSUBSCRIBED", unsubscribedAt: new Date() },
    });

    await sendEverything(sink, 2);
    expect(recipientsOf()).toHaveLength(5);
    expect(recipientsOf()).not.toContain(waiting.subscriber.email);
    const skipped = await db.issueDelivery.findUniqueOrThrow({
      where: {
        issueId_subscriberId: { issueId: issue.id, subscriberId: waiting.subscriberId },
      },
    });
    expect(skipped).toMatchObject({ status: "SKIPPED", emailId: null });
    expect(await db.newsletterIssue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({
      status: "SENT",
      sentCount: 5,
      skippedCount: 1,
    });
  });

  it("sends a members' newsletter to members only, and skips one whose membership ended mid-send", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const newsletter = await createNewsletter();
    await db.newsletter.update({ where: { id: newsletter.id }, data: { membersOnly: true } });
    const member = async (email: string, status: "ACTIVE" | "PAST_DUE" | "CANCELED") => {
      const reader = await db.reader.create({ data: { email }, select: { id: true } });
      await db.membership.create({
        data: {
          readerId: reader.id,
          stripeCustomerId: `cus_${reader.id}`,
          status,
          lastEventAt: new Date(),
        },
      });
      await subscribe(newsletter.id, email, "CONFIRMED", "membership");
      return reader.id;
    };
    await member("paying@example.com", "ACTIVE");
    await member("retrying@example.com", "PAST_DUE");
    const leaving = await member("leaving@example.com", "ACTIVE");
    await member("lapsed@example.com", "CANCELED");
    // Subscribed, but never a member (a list imported before the perk).
    await subscribe(newsletter.id, "stranger@example.com", "CONFIRMED");

    const issue = await createDraftIssue(newsletter.id);
    expect(await startIssueSendAction({ id: issue.id })).toMatchObject({
      ok: true,
      data: { recipients: 3 },
    });
    // The membership ends after the send started, before its batch.
    await db.membership.update({ where: { readerId: leaving }, data: { status: "CANCELED" } });
    await sendEverything(sink);
    expect(recipientsOf()).toEqual(["paying@example.com", "retrying@example.com"]);
    const skipped = await db.issueDelivery.findMany({
      where: { issueId: issue.id, status: "SKIPPED" },
      select: { detail: true, subscriber: { select: { email: true } } },
    });
    expect(skipped).toEqual([
      {
        detail: "No longer a member when their batch was sent.",
        subscriber: { email: "leaving@example.com" },
      },
    ]);
  });

  it("fixes the recipients when the send starts: later sign-ups wait for the next issue", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const newsletter = await createNewsletter();
    await subscribeMany(newsletter.id, "early", 2, "CONFIRMED");
    const issue = await createDraftIssue(newsletter.id);
    await startIssueSendAction({ id: issue.id });
    await subscribeMany(newsletter.id, "late", 2, "CONFIRMED");
    await sendEverything(sink);
    expect(recipientsOf()).toEqual(["reader-early-0@example.com", "reader-early-1@example.com"]);
  });

  it("starts a send once, however often it is clicked", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const newsletter = await createNewsletter();
    await subscribeMany(newsletter.id, "twice", 3, "CONFIRMED");
    const issue = await createDraftIssue(newsletter.id);
    const [first, second] = await Promise.all([
      startIssueSendAction({ id: issue.id }),
      startIssueSendAction({ id: issue.id }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(await db.issueDelivery.count()).toBe(3);
    // Two senders running side by side (two servers) still send each copy once.
    await Promise.all([
      runIssueSending(new Date(), { batchSize: 1 }),
      runIssueSending(new Date(), { batchSize: 1 }),
    ]);
    await sendEverything(sink);
    expect(recipientsOf()).toHaveLength(3);
  });

  it("stops a send: nobody still waiting gets the issue, copies already queued still go", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const newsletter = await createNewsletter();
    await subscribeMany(newsletter.id, "stop", 5, "CONFIRMED");
    const issue = await createDraftIssue(newsletter.id);
    await startIssueSendAction({ id: issue.id });
    await sendIssueBatch(issue.id, new Date(), { batchSize: 2 });

    expect(await cancelIssueSendAction({ id: issue.id })).toEqual({
      ok: true,
      data: { id: issue.id, skipped: 3 },
    });
    expect(await cancelIssueSendAction({ id: issue.id })).toMatchObject({ ok: false });
    await sendEverything(sink);
    expect(recipientsOf()).toHaveLength(2);
    expect(await db.newsletterIssue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({
      status: "CANCELLED",
      sentCount: 2,
      skippedCount: 3,
    });
  });
});
