import type { ParsedMail } from "mailparser";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import ConfirmPage from "@/app/(public)/newsletters/confirm/page";
import { deliverDueEmails } from "@/lib/mail/delivery";
import { takeRecordedMailNudges } from "@/lib/mail/nudge";
import { viewConfirmation } from "@/lib/newsletters/confirm";
import {
  handleConfirm,
  handlePreferences,
  handleSubscribe,
  handleUnsubscribeGet,
  handleUnsubscribePost,
} from "@/lib/newsletters/endpoints";
import { viewPreferences } from "@/lib/newsletters/preferences";
import { smtpSinkForTests } from "../mail/smtp-sink-for-tests";
import { testDb, truncateAll } from "./database";
import {
  createNewsletter,
  linkIn,
  pathOf,
  post,
  resetRateLimits,
  subscriptionOf,
  tokenOf,
} from "./newsletter-signup-support";

const sink = smtpSinkForTests();

beforeEach(async () => {
  await truncateAll();
  resetRateLimits();
  takeRecordedMailNudges();
});

/** A header as sent (mailparser folds List-* headers into one structured value). */
function headerOf(mail: ParsedMail, name: string): string {
  const line = mail.headerLines.find((header) => header.key === name)?.line ?? "";
  return line
    .slice(line.indexOf(":") + 1)
    .replace(/\r?\n\s+/g, "")
    .trim();
}

/** Delivers the outbox to the SMTP sink and returns the message that arrives. */
async function nextEmail() {
  const before = sink.messages.length;
  const report = await deliverDueEmails(new Date(), { smtpUrl: sink.url });
  expect(report.sent).toBe(1);
  const messages = await sink.waitForMessages(before + 1);
  return messages[before]!;
}

describe("sign-up → confirm → preferences → one-click unsubscribe", () => {
  it("works end to end through the real endpoints and a real SMTP server", async () => {
    const briefing = await createNewsletter({ name: "Morning Briefing" });
    const weekly = await createNewsletter({ name: "The Week" });
    const email = "olena@example.org";

    // 1. The plain (no-JavaScript) form post: a 303 to the "check your inbox" page.
    const signed = await handleSubscribe(
      post("/api/newsletters/subscribe", {
        email: "  Olena@Example.org ",
        newsletter: briefing.slug,
        source: "article",
        homepage: "",
      }),
    );
    expect(signed.status).toBe(303);
    expect(signed.headers.get("location")).toBe(
      `/newsletters/sign-up?newsletter=${briefing.slug}&result=sent`,
    );
    const pending = await subscriptionOf(email, briefing.id);
    expect(pending).toMatchObject({ status: "PENDING", source: "article", confirmedAt: null });
    expect(pending?.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/);
    const ttl = pending!.confirmTokenExpiresAt!.getTime() - Date.now();
    expect(ttl).toBeGreaterThan(47 * 3600_000);
    expect(ttl).toBeLessThanOrEqual(48 * 3600_000);
    expect(takeRecordedMailNudges()).toBeGreaterThan(0);

    // 2. The confirmation email, as the SMTP server received it.
    const confirmation = await nextEmail();
    expect(confirmation.to).toMatchObject({ value: [{ address: email }] });
    expect(confirmation.from?.value[0]).toMatchObject({
      name: "The Desk",
      address: "desk@example.org",
    });
    expect(confirmation.subject).toBe("Confirm your subscription to Morning Briefing");
    expect(headerOf(confirmation, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const listUnsubscribe = headerOf(confirmation, "list-unsubscribe");
    expect(listUnsubscribe).toMatch(
      /^<http:\/\/localhost:3000\/api\/newsletters\/unsubscribe\?token=/,
    );
    const text = confirmation.text ?? "";
    const html = String(confirmation.html);
    const confirmUrl = linkIn(text, "/newsletters/confirm");
    expect(html).toContain(confirmUrl.replace(/&/g, "&amp;"));
    expect(linkIn(text, "/newsletters/manage")).toBeTruthy();
    expect(html).not.toMatch(/<img/i);
    // Only the hash is stored.
    expect(pending?.confirmTokenHash).not.toContain(tokenOf(confirmUrl));

    // 3. Opening the link (what a mail filter's scanner does) changes nothing…
    const token = tokenOf(confirmUrl);
    const page = renderToStaticMarkup(
      await ConfirmPage({ searchParams: Promise.resolve({ token }) }),
    );
    expect(page).toContain('action="/api/newsletters/confirm"');
    expect(page).toContain('method="post"');
    expect(page).toContain("Morning Briefing");
    expect((await subscriptionOf(email, briefing.id))?.status).toBe("PENDING");
    // …nor does a post from another site.
    const forged = await handleConfirm(
      post("/api/newsletters/confirm", { token }, { fetchSite: "cross-site" }),
    );
    expect(forged.status).toBe(403);
    expect((await subscriptionOf(email, briefing.id))?.status).toBe("PENDING");

    // 4. The button confirms, once, and opens the reader's preferences.
    const confirmed = await handleConfirm(post("/api/newsletters/confirm", { token }));
    expect(confirmed.status).toBe(303);
    const managePath = confirmed.headers.get("location")!;
    expect(managePath).toMatch(/^\/newsletters\/manage\?token=.+&confirmed=bulletin-\d+$/);
    const active = await subscriptionOf(email, briefing.id);
    expect(active).toMatchObject({
      status: "CONFIRMED",
      source: "article",
      unsubscribedAt: null,
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    });
    expect(active?.confirmedAt).toBeInstanceOf(Date);
    const again = await handleConfirm(post("/api/newsletters/confirm", { token }));
    expect(again.headers.get("location")).toBe(`/newsletters/confirm?token=${token}`);
    expect(await viewConfirmation(token)).toEqual({ state: "invalid" });

    // 5. Preferences: every newsletter with its status; tick a second one.
    const manageToken = tokenOf(managePath);
    const view = await viewPreferences(manageToken);
    expect(view?.email).toBe(email);
    expect(view?.newsletters.map((item) => [item.name, item.status])).toEqual([
      ["Morning Briefing", "subscribed"],
      ["The Week", "not-subscribed"],
    ]);
    const crossSite = await handlePreferences(
      post(
        "/api/newsletters/preferences",
        { token: manageToken, shown: [briefing.id, weekly.id], newsletter: [] },
        { fetchSite: "cross-site" },
      ),
    );
    expect(crossSite.status).toBe(403);
    expect((await subscriptionOf(email, briefing.id))?.status).toBe("CONFIRMED");
    const saved = await handlePreferences(
      post("/api/newsletters/preferences", {
        token: manageToken,
        action: "save",
        shown: [briefing.id, weekly.id],
        newsletter: [briefing.id, weekly.id],
      }),
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toContain("&saved=1");
    expect(await subscriptionOf(email, weekly.id)).toMatchObject({
      status: "CONFIRMED",
      source: "preferences",
    });

    // 6. One-click unsubscribe from the email's header: a GET only redirects to the button…
    const oneClickPath = pathOf(listUnsubscribe.slice(1, -1));
    const opened = await handleUnsubscribeGet(new Request(`http://localhost:3000${oneClickPath}`));
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toMatch(/^\/newsletters\/unsubscribe\?token=/);
    expect((await subscriptionOf(email, briefing.id))?.status).toBe("CONFIRMED");
    // …the RFC 8058 POST (no cookies, no origin, from the mail provider) unsubscribes at once.
    const oneClick = await handleUnsubscribePost(
      post(oneClickPath, { "List-Unsubscribe": "One-Click" }, { fetchSite: null }),
    );
    expect(oneClick.status).toBe(200);
    const ended = await subscriptionOf(email, briefing.id);
    expect(ended?.status).toBe("UNSUBSCRIBED");
    expect(ended?.unsubscribedAt).toBeInstanceOf(Date);
    expect(ended?.confirmedAt).toEqual(active?.confirmedAt);
    expect((await subscriptionOf(email, weekly.id))?.status).toBe("CONFIRMED");
    // Posting again keeps the first time.
    await handleUnsubscribePost(post(oneClickPath, { "List-Unsubscribe": "One-Click" }));
    expect((await subscriptionOf(email, briefing.id))?.unsubscribedAt).toEqual(
      ended?.unsubscribedAt,
    );

    // 7. Unticking on the preferences page unsubscribes the other one.
    await handlePreferences(
      post("/api/newsletters/preferences", {
        token: manageToken,
        action: "save",
        shown: [briefing.id, weekly.id],
        newsletter: [],
      }),
    );
    const week = await subscriptionOf(email, weekly.id);
    expect(week?.status).toBe("UNSUBSCRIBED");
    expect(week?.unsubscribedAt).toBeInstanceOf(Date);
  });

  it("makes a reader who unsubscribed confirm again before anything is sent to them", async () => {
    const newsletter = await createNewsletter();
    const email = "returning@example.org";
    const subscriber = await testDb().subscriber.create({ data: { email } });
    const leftAt = new Date(Date.now() - 86_400_000);
    await testDb().subscription.create({
      data: {
        subscriberId: subscriber.id,
        newsletterId: newsletter.id,
        status: "UNSUBSCRIBED",
        confirmedAt: new Date(Date.now() - 30 * 86_400_000),
        unsubscribedAt: leftAt,
      },
    });
    await handleSubscribe(
      post("/api/newsletters/subscribe", { email, newsletter: newsletter.slug, source: "footer" }),
    );
    // Still unsubscribed (an issue or an import sees no opt-in) until the new confirmation.
    const waiting = await subscriptionOf(email, newsletter.id);
    expect(waiting).toMatchObject({ status: "UNSUBSCRIBED", unsubscribedAt: leftAt });
    expect(waiting?.confirmTokenHash).not.toBeNull();
    const mail = await nextEmail();
    expect(mail.subject).toMatch(/^Confirm your subscription/);
    const token = tokenOf(linkIn(mail.text ?? "", "/newsletters/confirm"));
    await handleConfirm(post("/api/newsletters/confirm", { token }));
    const back = await subscriptionOf(email, newsletter.id);
    expect(back).toMatchObject({ status: "CONFIRMED", source: "footer", unsubscribedAt: null });
    expect(back!.confirmedAt!.getTime()).toBeGreaterThan(leftAt.getTime());
  });

  it("answers the enhanced form with JSON and the model site's messages", async () => {
    const newsletter = await createNewsletter({ name: "Weekend Stories" });
    const ok = await handleSubscribe(
      post(
        "/api/newsletters/subscribe",
        { email: "reader@example.org", newsletter: newsletter.slug },
        { json: true },
      ),
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      ok: true,
      message:
        "Thank you for signing up for Weekend Stories! We've sent you a confirmation email. Please click the link in it to confirm your subscription.",
    });
    const bad = await handleSubscribe(
      post(
        "/api/newsletters/subscribe",
        { email: "reader@example", newsletter: newsletter.slug },
        { json: true },
      ),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      ok: false,
      message: "Please, enter correct email address",
      field: "email",
    });
    const plain = await handleSubscribe(
      post("/api/newsletters/subscribe", { email: "nope", newsletter: newsletter.slug }),
    );
    expect(plain.headers.get("location")).toBe(
      `/newsletters/sign-up?newsletter=${newsletter.slug}&result=invalid-email`,
    );
    expect(await testDb().subscriber.count()).toBe(1);
  });
});
