import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/mail/backoff";
import { deliverDueEmails } from "@/lib/mail/delivery";
import { nudgeMailDelivery, queueEmail, type OutgoingEmail } from "@/lib/mail/outbox";
import { takeRecordedMailNudges } from "@/lib/mail/nudge";
import { InvalidEmailError } from "@/lib/mail/validate";
import { rawHeader, startSmtpSink } from "../mail/smtp-sink";
import { smtpSinkForTests } from "../mail/smtp-sink-for-tests";
import { testDb, truncateAll } from "./database";

const db = testDb();
const sink = smtpSinkForTests();

function email(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    to: "reader@example.org",
    from: "The Harbour Gazette <desk@gazette.example>",
    subject: "Confirm your subscription to Morning Tide",
    html: '<p>Please <a href="http://localhost/confirm?t=abc">confirm</a>.</p>',
    text: "Please confirm: http://localhost/confirm?t=abc",
    headers: {
      "List-Unsubscribe": "<http://localhost/unsubscribe?t=abc>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
    ...overrides,
  };
}

async function row(id: string) {
  return db.emailOutbox.findUniqueOrThrow({ where: { id } });
}

beforeEach(async () => {
  await truncateAll();
  takeRecordedMailNudges();
});

afterEach(() => {
  delete process.env.SMTP_URL;
});

describe("mail delivery over SMTP", () => {
  it("delivers a queued message once, with its headers and a stable Message-ID", async () => {
    const { id, created } = await queueEmail(
      db,
      email({ replyTo: "Letters <letters@gazette.example>" }),
    );
    expect(created).toBe(true);
    const now = new Date();
    const report = await deliverDueEmails(now, { smtpUrl: sink.url });
    expect(report.sent).toBe(1);

    const [message] = await sink.waitForMessages(1);
    expect(message?.subject).toBe("Confirm your subscription to Morning Tide");
    expect(message?.to && !Array.isArray(message.to) ? message.to.text : "").toBe(
      "reader@example.org",
    );
    expect(message?.from?.value[0]).toMatchObject({
      name: "The Harbour Gazette",
      address: "desk@gazette.example",
    });
    expect(message?.replyTo?.value[0]?.address).toBe("letters@gazette.example");
    expect(message?.text?.trim()).toBe("Please confirm: http://localhost/confirm?t=abc");
    if (!message) throw new Error("no message");
    expect(rawHeader(message, "List-Unsubscribe")).toBe("<http://localhost/unsubscribe?t=abc>");
    expect(rawHeader(message, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(rawHeader(message, "X-Not-There")).toBeUndefined();
    expect(message?.messageId).toBe(`<outbox.${id}@gazette.example>`);
    expect(sink.envelopes[0]?.to).toEqual(["reader@example.org"]);

    const stored = await row(id);
    expect(stored).toMatchObject({
      status: "SENT",
      attempts: 1,
      messageId: `<outbox.${id}@gazette.example>`,
    });
    expect(stored.sentAt).toBeInstanceOf(Date);

    // Nothing is due any more: a second run sends nothing.
    expect(
      (await deliverDueEmails(new Date(now.getTime() + 60_000), { smtpUrl: sink.url })).sent,
    ).toBe(0);
    expect(sink.messages).toHaveLength(1);
  });

  it("reads SMTP_URL on every run", async () => {
    await queueEmail(db, email());
    process.env.SMTP_URL = sink.url;
    expect((await deliverDueEmails(new Date())).sent).toBe(1);
    await sink.waitForMessages(1);
  });

  it("makes one row and one message of the same idempotency key", async () => {
    const first = await queueEmail(db, email({ idempotencyKey: "signin:reader-1:token-1" }));
    const second = await db.$transaction((tx) =>
      queueEmail(
        tx,
        email({ idempotencyKey: "signin:reader-1:token-1", subject: "Another subject" }),
      ),
    );
    expect(second).toEqual({ id: first.id, created: false });
    expect(await db.emailOutbox.count()).toBe(1);
    await deliverDueEmails(new Date(), { smtpUrl: sink.url });
    await sink.waitForMessages(1);
    await queueEmail(db, email({ idempotencyKey: "signin:reader-1:token-1" }));
    await deliverDueEmails(new Date(), { smtpUrl: sink.url });
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]?.subject).toBe("Confirm your subscription to Morning Tide");
  });

  it("queues nothing when the caller's transaction rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, email());
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("retries a rejected message with backoff, then delivers it once", async () => {
    const { id } = await queueEmail(db, email());
    sink.rejectNext(1);
    const start = new Date();
    const first = await deliverDueEmails(start, { smtpUrl: sink.url });
    expect(first).toMatchObject({ sent: 0, retrying: 1 });
    let stored = await row(id);
    expect(stored.status).toBe("QUEUED");
    expect(stored.attempts).toBe(1);
    expect(stored.lastError).toContain("451");
    expect(stored.nextAttemptAt.getTime()).toBe(start.getTime() + retryDelayMs(1));

    // Not due yet: nothing happens.
    expect(
      (await deliverDueEmails(new Date(start.getTime() + 30_000), { smtpUrl: sink.url })).sent,
    ).toBe(0);
    const later = new Date(start.getTime() + retryDelayMs(1));
    expect((await deliverDueEmails(later, { smtpUrl: sink.url })).sent).toBe(1);
    await sink.waitForMessages(1);
    stored = await row(id);
    expect(stored).toMatchObject({ status: "SENT", attempts: 2, lastError: "" });
    expect(sink.messages).toHaveLength(1);
  });

  it("backs off when the server is unreachable, and gives up after the last attempt", async () => {
    const { id } = await queueEmail(db, email());
    const down = await startSmtpSink();
    const deadUrl = down.url;
    await down.close();
    let at = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const report = await deliverDueEmails(at, { smtpUrl: deadUrl });
      expect(report.sent).toBe(0);
      const stored = await row(id);
      expect(stored.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(stored.status).toBe("QUEUED");
        expect(stored.nextAttemptAt.getTime()).toBe(at.getTime() + retryDelayMs(attempt));
        at = stored.nextAttemptAt;
      } else {
        expect(stored.status).toBe("FAILED");
        expect(stored.lastError).toMatch(/ECONNECTION|ECONNREFUSED/);
      }
    }
  });

  it("never sends one message twice from two concurrent runs", async () => {
    for (let index = 0; index < 12; index++) {
      await queueEmail(db, email({ to: `reader${index}@example.org` }));
    }
    const now = new Date();
    const reports = await Promise.all([
      deliverDueEmails(now, { smtpUrl: sink.url, batchSize: 5 }),
      deliverDueEmails(now, { smtpUrl: sink.url, batchSize: 5 }),
      deliverDueEmails(now, { smtpUrl: sink.url, batchSize: 5 }),
    ]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(12);
    await sink.waitForMessages(12);
    const recipients = sink.envelopes.flatMap((envelope) => envelope.to).sort();
    expect(new Set(recipients).size).toBe(12);
    expect(recipients).toHaveLength(12);
    expect(await db.emailOutbox.count({ where: { status: "SENT" } })).toBe(12);
  });

  it("claims a row again only after a crashed runner's lease has lapsed", async () => {
    const { id } = await queueEmail(db, email());
    const now = new Date();
    // A runner claimed it and died before marking it.
    await db.emailOutbox.update({
      where: { id },
      data: {
        status: "SENDING",
        attempts: 1,
        leaseToken: "a-runner-that-crashed",
        leaseExpiresAt: new Date(now.getTime() + 60_000),
      },
    });
    expect((await deliverDueEmails(now, { smtpUrl: sink.url })).sent).toBe(0);
    expect(
      (await deliverDueEmails(new Date(now.getTime() + 61_000), { smtpUrl: sink.url })).sent,
    ).toBe(1);
    const [message] = await sink.waitForMessages(1);
    expect(message?.messageId).toBe(`<outbox.${id}@gazette.example>`);
    expect(await row(id)).toMatchObject({ status: "SENT", attempts: 2 });
  });
});

describe("mail without SMTP", () => {
  it("keeps the message in the outbox, readable in full", async () => {
    const { id } = await queueEmail(db, email({ from: undefined }));
    const report = await deliverDueEmails(new Date(), { smtpUrl: null });
    expect(report.kept).toBe(1);
    const stored = await row(id);
    expect(stored).toMatchObject({
      status: "KEPT",
      toAddress: "reader@example.org",
      fromAddress: "Newsroom <newsroom@localhost>",
      text: "Please confirm: http://localhost/confirm?t=abc",
    });
    expect(stored.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(sink.messages).toHaveLength(0);
  });

  it("uses the site's name in the default sender", async () => {
    await db.siteSettings.upsert({
      where: { id: 1 },
      create: { id: 1, name: "The Harbour Gazette" },
      update: { name: "The Harbour Gazette" },
    });
    const { id } = await queueEmail(db, email({ from: undefined }));
    expect((await row(id)).fromAddress).toBe("The Harbour Gazette <newsroom@localhost>");
  });
});

describe("queueEmail", () => {
  it("refuses header injection and bad addresses before writing anything", async () => {
    const bad: Partial<OutgoingEmail>[] = [
      { to: "a@example.org, b@example.org" },
      { to: "reader@example.org\r\nBcc: everyone@example.org" },
      { subject: "Hello\r\nBcc: everyone@example.org" },
      { headers: { "X-Note": "one\r\nBcc: everyone@example.org" } },
      { headers: { Bcc: "everyone@example.org" } },
      { headers: { "Bad Name": "value" } },
      { replyTo: "a@example.org, b@example.org" },
      { from: "Desk <desk@example.org>\nBcc: x@example.org" },
      { text: "" },
    ];
    for (const overrides of bad) {
      await expect(queueEmail(db, email(overrides))).rejects.toBeInstanceOf(InvalidEmailError);
    }
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("records a nudge without running delivery in tests", async () => {
    nudgeMailDelivery();
    nudgeMailDelivery();
    expect(takeRecordedMailNudges()).toBe(2);
  });
});

describe("the background task", () => {
  it("is registered, delivers through SMTP_URL and prunes settled mail past retention", async () => {
    const { backgroundTasks } = await import("@/lib/jobs/tasks");
    const task = backgroundTasks.find((candidate) => candidate.name === "mail");
    if (!task) throw new Error("the mail task is not registered");
    const day = 24 * 60 * 60_000;
    const old = new Date(Date.now() - 31 * day);
    const recent = new Date(Date.now() - 29 * day);
    const oldSent = await queueEmail(db, email({ to: "old-sent@example.org" }));
    const oldKept = await queueEmail(db, email({ to: "old-kept@example.org" }));
    const recentSent = await queueEmail(db, email({ to: "recent@example.org" }));
    const waiting = await queueEmail(db, email({ to: "waiting@example.org" }));
    await db.emailOutbox.update({
      where: { id: oldSent.id },
      data: { status: "SENT", createdAt: old, updatedAt: old },
    });
    await db.emailOutbox.update({
      where: { id: oldKept.id },
      data: { status: "KEPT", createdAt: old, updatedAt: old },
    });
    await db.emailOutbox.update({
      where: { id: recentSent.id },
      data: { status: "SENT", createdAt: recent, updatedAt: recent },
    });
    // Queued long ago (SMTP was down): sent now, so kept its full time from now.
    await db.emailOutbox.update({
      where: { id: waiting.id },
      data: { createdAt: old, updatedAt: old },
    });

    (globalThis as { newsroomOutboxPrunedAt?: number }).newsroomOutboxPrunedAt = undefined;
    process.env.SMTP_URL = sink.url;
    const lines = await task.run(new Date());
    expect(lines).toContain("[mail] sent 1 message(s)");
    expect(lines).toContain("[mail] deleted 2 outbox message(s) past retention");
    const left = await db.emailOutbox.findMany({ select: { id: true, status: true } });
    expect(left.map((row) => row.id).sort()).toEqual([recentSent.id, waiting.id].sort());
    const [message] = await sink.waitForMessages(1);
    expect(message?.to && !Array.isArray(message.to) ? message.to.text : "").toBe(
      "waiting@example.org",
    );
  });
});
