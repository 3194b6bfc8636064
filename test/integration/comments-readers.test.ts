import { beforeEach, describe, expect, it, vi } from "vitest";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { GET as articleAccessRoute } from "@/app/api/editor/article-access/route";
import { POST as confirmRoute } from "@/app/api/reader-auth/confirm/route";
import { POST as requestRoute } from "@/app/api/reader-auth/request/route";
import { POST as signOutRoute } from "@/app/api/reader-auth/sign-out/route";
import { authOptions } from "@/lib/auth/options";
import { authSecret } from "@/lib/auth/secret";
import { loadActiveStaff, type Staff } from "@/lib/auth/session";
import { moderateCommentsAction, updateCommentSettingsAction } from "@/lib/comments/actions";
import { deliverDueEmails } from "@/lib/mail/delivery";
import { takeRecordedMailNudges } from "@/lib/mail/nudge";
import { describeSignInLink, SIGN_IN_LINK_LIMITS } from "@/lib/readers/sign-in";
import {
  createReaderSessionToken,
  readerIdFromToken,
  readerSessionCookieName,
} from "@/lib/readers/session";
import { smtpSinkForTests } from "../mail/smtp-sink-for-tests";
import {
  commentSettings,
  createReader,
  publishedStory,
  resetRateLimits,
  siteRequest,
} from "./comments-support";
import { testDb, truncateAll } from "./database";
import { createStaff } from "./factories";

/**
 * The cookies of the browser making the request. getCurrentStaff is the real
 * one in all but where cookies come from: next-auth's own session check
 * (getServerSession with the staff options) runs on this jar instead of
 * next/headers, which only exists inside a Next request.
 */
let jar: Record<string, string> = {};

async function staffFromJar(): Promise<Staff | null> {
  const response = { getHeader() {}, setCookie() {}, setHeader() {} };
  const session = await getServerSession(
    { headers: {}, cookies: jar } as never,
    response as never,
    authOptions(),
  );
  if (!session?.staffId) return null;
  return loadActiveStaff(session.staffId, session.sessionVersion ?? -1);
}

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: () => staffFromJar(),
}));

const sink = smtpSinkForTests();

beforeEach(async () => {
  await truncateAll();
  resetRateLimits();
  jar = {};
  takeRecordedMailNudges();
  await commentSettings({ policy: "PRE" });
});

const ask = (email: string, address = "198.51.100.20", extra: Record<string, string> = {}) =>
  siteRequest("/api/reader-auth/request", {
    form: { email, returnTo: "/night-shift", ...extra },
    address,
  });

async function outboxLink(to: string): Promise<string> {
  const mail = await testDb().emailOutbox.findFirstOrThrow({
    where: { toAddress: to },
    orderBy: { createdAt: "desc" },
    select: { text: true },
  });
  const match = /http\S+\/comments\/sign-in\/confirm\?token=\S+/.exec(mail.text);
  if (!match) throw new Error(`no link in: ${mail.text}`);
  return match[0];
}

const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

describe("reader sign-in by emailed link", () => {
  it("sends a link through the outbox and SMTP, and says the same for known and unknown addresses", async () => {
    await createReader({ email: "known@example.org" });
    const known = await requestRoute(await ask("Known@Example.org"));
    const unknown = await requestRoute(await ask("new.reader@example.org"));
    for (const response of [known, unknown]) {
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(
        "/comments/sign-in?returnTo=%2Fnight-shift&sent=1",
      );
    }
    expect(takeRecordedMailNudges()).toBe(2);
    // Asking creates no account; the link does.
    expect(await testDb().reader.count({ where: { email: "new.reader@example.org" } })).toBe(0);

    const report = await deliverDueEmails(new Date(), { smtpUrl: sink.url });
    expect(report.sent).toBe(2);
    const messages = await sink.waitForMessages(2);
    const texts = messages.map((m) => m.text ?? "");
    expect(texts.every((text) => text.includes("/comments/sign-in/confirm?token="))).toBe(true);
    expect(messages.map((m) => m.subject)).toEqual([
      "Your sign-in link for The Harbour Gazette",
      "Your sign-in link for The Harbour Gazette",
    ]);
  });

  it("stores only a hash, is used once by POST (opening the link uses nothing), and then expires", async () => {
    await requestRoute(await ask("olena@example.org"));
    const token = tokenOf(await outboxLink("olena@example.org"));
    const stored = await testDb().readerSignInToken.findFirstOrThrow({
      select: { secretHash: true },
    });
    expect(stored.secretHash).not.toContain(token.split(".")[1]!);
    expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);

    // What the confirmation page does when the link is opened (or scanned): read only.
    expect(await describeSignInLink(token)).toEqual({ email: "olena@example.org", usable: true });
    expect(await describeSignInLink(token)).toEqual({ email: "olena@example.org", usable: true });

    const confirm = () =>
      siteRequest("/api/reader-auth/confirm", { form: { token }, address: "198.51.100.21" });
    const first = await confirmRoute(await confirm());
    expect(first.status).toBe(303);
    // A new reader chooses a display name first.
    expect(first.headers.get("location")).toBe(
      "/comments/profile?returnTo=%2Fnight-shift&welcome=1",
    );
    const cookies = first.headers.getSetCookie();
    expect(
      cookies.some((c) => c.startsWith(`${readerSessionCookieName()}=`) && c.includes("HttpOnly")),
    ).toBe(true);
    const sessionToken = cookies[0]!.split(";")[0]!.split("=")[1]!;
    const reader = await testDb().reader.findUniqueOrThrow({
      where: { email: "olena@example.org" },
    });
    expect(await readerIdFromToken(sessionToken)).toBe(reader.id);

    const second = await confirmRoute(await confirm());
    expect(second.headers.get("location")).toBe("/comments/sign-in?error=link");
    expect(second.headers.getSetCookie()).toEqual([]);
    expect(await describeSignInLink(token)).toBeNull();

    // A forged secret for a real row, and a link past its 15 minutes, do nothing.
    await requestRoute(await ask("olena@example.org"));
    const next = tokenOf(await outboxLink("olena@example.org"));
    const forged = `${next.split(".")[0]}.${"A".repeat(43)}`;
    const forgedAnswer = await confirmRoute(
      await siteRequest("/api/reader-auth/confirm", { form: { token: forged } }),
    );
    expect(forgedAnswer.headers.get("location")).toBe("/comments/sign-in?error=link");
    await testDb().readerSignInToken.updateMany({
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await confirmRoute(
      await siteRequest("/api/reader-auth/confirm", { form: { token: next } }),
    );
    expect(expired.headers.get("location")).toBe("/comments/sign-in?error=link");
  });

  it("refuses confirmations posted from another site (no login CSRF)", async () => {
    await requestRoute(await ask("petro@example.org"));
    const token = tokenOf(await outboxLink("petro@example.org"));
    const answer = await confirmRoute(
      await siteRequest("/api/reader-auth/confirm", { form: { token }, crossSite: true }),
    );
    expect(answer.status).toBe(403);
    expect(await describeSignInLink(token)).toMatchObject({ usable: true });
  });

  it("limits links per address and per network address, and a honeypot sends nothing", async () => {
    for (let i = 0; i < SIGN_IN_LINK_LIMITS.perEmail; i++) {
      const ok = await requestRoute(await ask("busy@example.org", `198.51.100.${30 + i}`));
      expect(ok.headers.get("location")).toContain("sent=1");
    }
    const limited = await requestRoute(await ask("busy@example.org", "198.51.100.99"));
    expect(limited.headers.get("location")).toContain("error=limited");

    resetRateLimits();
    const answers = [];
    for (let i = 0; i <= SIGN_IN_LINK_LIMITS.perAddress; i++) {
      const response = await requestRoute(await ask(`reader${i}@example.org`, "203.0.113.50"));
      answers.push(response.headers.get("location"));
    }
    expect(answers.filter((l) => l?.includes("sent=1"))).toHaveLength(
      SIGN_IN_LINK_LIMITS.perAddress,
    );
    expect(answers.at(-1)).toContain("error=limited");

    const before = await testDb().emailOutbox.count();
    const bot = await requestRoute(await ask("bot@example.org", "203.0.113.60", { website: "x" }));
    expect(bot.headers.get("location")).toContain("sent=1");
    expect(await testDb().emailOutbox.count()).toBe(before);

    const malformed = await requestRoute(await ask("not-an-address", "203.0.113.61"));
    expect(malformed.headers.get("location")).toContain("error=email");
  });

  it("signs out by clearing the session and the hint cookies", async () => {
    const reader = await createReader();
    const response = await signOutRoute(
      await siteRequest("/api/reader-auth/sign-out", {
        readerId: reader.id,
        form: { returnTo: "/" },
      }),
    );
    expect(response.status).toBe(303);
    const cleared = response.headers.getSetCookie();
    // The session, the reader hint and the member hint (lib/membership/member-cookie.ts).
    expect(cleared).toHaveLength(3);
    expect(cleared.every((c) => c.includes("Max-Age=0"))).toBe(true);
    expect(cleared.some((c) => c.startsWith("newsroom-member="))).toBe(true);
  });
});

describe("a reader session is never a staff session", () => {
  it("a staff token works (control); a reader token gives nothing, under either cookie name", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    jar = {
      "next-auth.session-token": await encode({
        token: { sub: editor.id, sessionVersion: 1, signedInAt: Date.now() },
        secret: authSecret(),
      }),
    };
    expect((await staffFromJar())?.id).toBe(editor.id);

    // A reader whose id is a staff member's id still gets nothing.
    const readerToken = await createReaderSessionToken(editor.id);
    jar = { [readerSessionCookieName()]: readerToken };
    expect(await staffFromJar()).toBeNull();
    jar = { "next-auth.session-token": readerToken };
    expect(await staffFromJar()).toBeNull();
  });

  // Editor pages (requireStaff) are walked with a reader's cookies in e2e/comments.spec.ts.
  it("reader sessions are refused by staff actions and the staff-only route", async () => {
    const article = await publishedStory();
    const reader = await createReader();
    const comment = await testDb().comment.create({
      data: { articleId: article.id, readerId: reader.id, body: "Held", status: "PENDING" },
    });
    const token = await createReaderSessionToken(reader.id);
    jar = { [readerSessionCookieName()]: token, "next-auth.session-token": token };

    expect(await moderateCommentsAction({ ids: [comment.id], decision: "APPROVED" })).toMatchObject(
      {
        ok: false,
        code: "unauthenticated",
      },
    );
    expect(
      await updateCommentSettingsAction({
        policy: "POST",
        commentsDefault: "OPEN",
        watchWords: "",
        maxLinks: 9,
        newReaderHours: 0,
      }),
    ).toMatchObject({ ok: false, code: "unauthenticated" });
    const access = await articleAccessRoute(
      await siteRequest(`/api/editor/article-access?id=${article.id}`, { readerId: reader.id }),
    );
    expect(access.status).toBe(401);

    expect((await testDb().comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe(
      "PENDING",
    );
    expect(
      (await testDb().siteSettings.findUniqueOrThrow({ where: { id: 1 } })).commentPolicy,
    ).toBe("PRE");
    expect(await testDb().auditLog.count()).toBe(0);
  });
});
