import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import OutboxMessagePage from "@/app/(editor)/editor/outbox/[id]/page";
import OutboxPage from "@/app/(editor)/editor/outbox/page";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { retryOutboxMessageAction } from "@/lib/mail/outbox-actions";
import { deliverDueEmails } from "@/lib/mail/delivery";
import { takeRecordedMailNudges } from "@/lib/mail/nudge";
import { queueEmail } from "@/lib/mail/outbox";
import { readOutboxParams } from "@/lib/mail/outbox-params";
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/lib/mail/outbox-queries";
import { startSmtpSink } from "../mail/smtp-sink";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createStaff } from "./factories";

// requireStaff reads the session through its own module's getCurrentStaff,
// so the pages' gate is mocked too: same decision (can()), on the acting staff.
vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
  requireStaff: async (permission: Permission) => {
    const staff = actingStaff();
    if (!staff) throw new Error("SIGN_IN");
    if (!can(staff.role, permission)) throw new Error("FORBIDDEN");
    return staff;
  },
}));

const db = testDb();
let editor: Staff;

async function queue(to: string, subject = "Your sign-in link") {
  return (
    await queueEmail(db, {
      to,
      subject,
      html: `<p>Sign in: <a href="http://localhost/comments/sign-in?t=t0k3n">continue</a></p><script>parent.document.title="pwned"</script>`,
      text: "Sign in: http://localhost/comments/sign-in?t=t0k3n\n\nThe Harbour Gazette",
      headers: { "List-Unsubscribe": "<http://localhost/u?t=1>" },
    })
  ).id;
}

async function fail(id: string) {
  await db.emailOutbox.update({
    where: { id },
    data: { status: "FAILED", attempts: 8, lastError: "ECONNECTION: connect ECONNREFUSED" },
  });
}

const pageProps = (search: Record<string, string> = {}) => ({
  searchParams: Promise.resolve(search),
});

beforeEach(async () => {
  await truncateAll();
  editor = await createStaff({ role: "EDITOR" });
  actAs(editor);
  takeRecordedMailNudges();
});

describe("the outbox list", () => {
  it("filters by status, searches by recipient and pages newest first", async () => {
    for (let index = 0; index < OUTBOX_PAGE_SIZE + 2; index++) {
      await queue(`reader${index}@example.org`, `Message ${index}`);
    }
    const failed = await queue("bounced@elsewhere.example", "Undeliverable");
    await fail(failed);
    await deliverDueEmails(new Date(), { smtpUrl: null });

    const all = await listOutbox(editor, readOutboxParams({}));
    expect(all.total).toBe(OUTBOX_PAGE_SIZE + 3);
    expect(all.pageCount).toBe(2);
    expect(all.items[0]?.subject).toBe("Undeliverable");
    expect(all.counts).toEqual({ queued: 0, sent: 0, failed: 1, kept: OUTBOX_PAGE_SIZE + 2 });
    const second = await listOutbox(editor, readOutboxParams({ page: "2" }));
    expect(second.items.map((item) => item.subject)).toEqual([
      "Message 2",
      "Message 1",
      "Message 0",
    ]);

    const onlyFailed = await listOutbox(editor, readOutboxParams({ status: "failed" }));
    expect(onlyFailed.items.map((item) => item.id)).toEqual([failed]);
    const searched = await listOutbox(editor, readOutboxParams({ q: "READER1", status: "kept" }));
    expect(searched.items.map((item) => item.to).sort()).toEqual(
      [
        "reader1@example.org",
        ...Array.from({ length: 10 }, (_, n) => `reader1${n}@example.org`),
      ].sort(),
    );
    // An unknown status is ignored rather than an error.
    expect((await listOutbox(editor, readOutboxParams({ status: "bogus" }))).total).toBe(all.total);
  });

  it("renders for an editor without JavaScript: links, filters, no SMTP notice", async () => {
    await queue("reader@example.org");
    await deliverDueEmails(new Date(), { smtpUrl: null });
    const html = renderToStaticMarkup(await OutboxPage(pageProps({ status: "kept" })));
    expect(html).toContain("Your sign-in link");
    expect(html).toContain("reader@example.org");
    expect(html).toContain('action="/editor/outbox" method="get"');
    expect(html).toContain("No mail server is configured");
  });
});

describe("one message", () => {
  it("shows headers, the HTML in a script-less sandbox and the text with live links", async () => {
    const id = await queue("reader@example.org");
    const html = renderToStaticMarkup(
      await OutboxMessagePage({ params: Promise.resolve({ id }), ...pageProps() }),
    );
    const frame = /<iframe[^>]*>/.exec(html)?.[0] ?? "";
    expect(frame).toContain('sandbox="allow-popups allow-popups-to-escape-sandbox"');
    expect(frame).not.toMatch(/allow-scripts|allow-same-origin|allow-top-navigation|allow-forms/);
    // The email's markup only ever appears inside srcdoc, escaped.
    expect(html).not.toContain("<script>parent");
    expect(frame).toContain("&lt;script&gt;parent.document.title");
    expect(html).toContain(
      '<a href="http://localhost/comments/sign-in?t=t0k3n" target="_blank" rel="noreferrer noopener">',
    );
    expect(html).toContain("List-Unsubscribe");
    expect(html).not.toContain("Retry now");
  });
});

describe("retry now", () => {
  it("queues a failed message again, audited, and it is then sent once", async () => {
    const id = await queue("reader@example.org");
    await fail(id);
    const html = renderToStaticMarkup(
      await OutboxMessagePage({ params: Promise.resolve({ id }), ...pageProps() }),
    );
    expect(html).toContain("Retry now");

    expect(await retryOutboxMessageAction({ id })).toEqual({ ok: true, data: { id } });
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "QUEUED",
      attempts: 0,
    });
    expect(takeRecordedMailNudges()).toBe(1);
    expect(await db.auditLog.findMany({ where: { entityId: id } })).toEqual([
      expect.objectContaining({ action: "email.retry", entityType: "email", actorId: editor.id }),
    ]);

    // Retrying again now that it is queued changes nothing.
    expect(await retryOutboxMessageAction({ id })).toMatchObject({ ok: false, code: "conflict" });

    const sink = await startSmtpSink();
    try {
      expect((await deliverDueEmails(new Date(), { smtpUrl: sink.url })).sent).toBe(1);
      await sink.waitForMessages(1);
      expect(await retryOutboxMessageAction({ id })).toMatchObject({ ok: false, code: "conflict" });
      expect((await deliverDueEmails(new Date(), { smtpUrl: sink.url })).sent).toBe(0);
      expect(sink.messages).toHaveLength(1);
    } finally {
      await sink.close();
    }
  });

  it("answers not-found and invalid input without changing anything", async () => {
    expect(await retryOutboxMessageAction({ id: "missing" })).toMatchObject({ code: "not-found" });
    expect(await retryOutboxMessageAction({ id: "" })).toMatchObject({ code: "invalid" });
  });
});

describe("who may read the outbox", () => {
  for (const role of ["CONTRIBUTOR", "AUTHOR"] as const) {
    it(`refuses a ${role.toLowerCase()} the pages and the action`, async () => {
      const id = await queue("reader@example.org");
      await fail(id);
      actAs(await createStaff({ role }));
      await expect(OutboxPage(pageProps())).rejects.toThrow("FORBIDDEN");
      await expect(
        OutboxMessagePage({ params: Promise.resolve({ id }), ...pageProps() }),
      ).rejects.toThrow("FORBIDDEN");
      expect(await retryOutboxMessageAction({ id })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
      expect(await db.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "FAILED",
      });
      expect(await db.auditLog.count()).toBe(0);
      await expect(listOutbox(actingStaff()!, readOutboxParams({}))).rejects.toThrow(
        "outbox.read required",
      );
    });
  }

  it("lets an admin in", async () => {
    actAs(await createStaff({ role: "ADMIN" }));
    const html = renderToStaticMarkup(await OutboxPage(pageProps()));
    expect(html).toContain("No email has been sent yet.");
  });

  it("sends a signed-out visitor to sign in", async () => {
    actAs(null);
    await expect(OutboxPage(pageProps())).rejects.toThrow("SIGN_IN");
    expect(await retryOutboxMessageAction({ id: "x" })).toMatchObject({ code: "unauthenticated" });
  });
});
