import { beforeEach, describe, expect, it } from "vitest";
import { NEWSLETTER_LIMITS } from "@/lib/newsletters/limits";
import { handleManageLink, handleSubscribe } from "@/lib/newsletters/endpoints";
import { newConfirmToken } from "@/lib/newsletters/link-tokens";
import { testDb, truncateAll } from "./database";
import {
  createNewsletter,
  post,
  resetRateLimits,
  subscriptionOf,
} from "./newsletter-signup-support";

beforeEach(async () => {
  await truncateAll();
  resetRateLimits();
});

const subscribe = (
  fields: Record<string, string | string[]>,
  options: Parameters<typeof post>[2] = {},
) => handleSubscribe(post("/api/newsletters/subscribe", fields, options));

async function outbox() {
  return testDb().emailOutbox.findMany({
    orderBy: { createdAt: "asc" },
    select: { toAddress: true, subject: true, headers: true, text: true },
  });
}

describe("abuse resistance", () => {
  it("gives a filled honeypot the usual success and stores and sends nothing", async () => {
    const newsletter = await createNewsletter();
    const plain = await subscribe({
      email: "bot@example.org",
      newsletter: newsletter.slug,
      homepage: "http://spam.example",
    });
    expect(plain.status).toBe(303);
    expect(plain.headers.get("location")).toContain("&result=sent");
    const json = await subscribe(
      { email: "bot@example.org", newsletter: newsletter.slug, homepage: "x" },
      { json: true },
    );
    expect((await json.json()).ok).toBe(true);
    expect(await testDb().subscriber.count()).toBe(0);
    expect(await testDb().emailOutbox.count()).toBe(0);
  });

  it("refuses posts from other sites", async () => {
    const newsletter = await createNewsletter();
    const response = await subscribe(
      { email: "victim@example.org", newsletter: newsletter.slug },
      { fetchSite: "cross-site" },
    );
    expect(response.status).toBe(403);
    expect(await testDb().subscriber.count()).toBe(0);
  });

  it("refuses unknown and inactive newsletters", async () => {
    const inactive = await createNewsletter({ active: false });
    for (const slug of [inactive.slug, "no-such-newsletter", ""]) {
      const response = await subscribe(
        { email: "r@example.org", newsletter: slug },
        { json: true },
      );
      expect(response.status).toBe(400);
    }
    expect(await testDb().subscriber.count()).toBe(0);
  });

  it("stops flooding one inbox: past the per-address limit the answer stays the same, and no mail goes", async () => {
    const newsletter = await createNewsletter();
    const email = "target@example.org";
    for (let i = 0; i < NEWSLETTER_LIMITS.perAddress + 3; i++) {
      const response = await subscribe(
        { email, newsletter: newsletter.slug },
        { json: true, ip: `203.0.113.${i + 1}` },
      );
      expect(response.status).toBe(200);
    }
    expect(await testDb().emailOutbox.count()).toBe(NEWSLETTER_LIMITS.perAddress);
  });

  it("makes one subscriber of parallel sign-ups for one new address", async () => {
    const newsletter = await createNewsletter();
    const responses = await Promise.all(
      [1, 2, 3].map((i) =>
        subscribe(
          { email: "burst@example.org", newsletter: newsletter.slug },
          { json: true, ip: `198.51.100.${i}` },
        ),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(await testDb().subscriber.count()).toBe(1);
    expect(await testDb().subscription.count()).toBe(1);
    expect(await testDb().emailOutbox.count()).toBe(3);
  });

  it("limits one client address across many inboxes", async () => {
    const newsletter = await createNewsletter();
    const ip = "192.0.2.99";
    for (let i = 0; i < NEWSLETTER_LIMITS.perClient; i++) {
      const response = await subscribe(
        { email: `reader${i}@example.org`, newsletter: newsletter.slug },
        { json: true, ip },
      );
      expect(response.status).toBe(200);
    }
    const limited = await subscribe(
      { email: "one-more@example.org", newsletter: newsletter.slug },
      { json: true, ip },
    );
    expect(limited.status).toBe(429);
    expect((await limited.json()).message).toMatch(/Too many sign-ups/);
    expect(await testDb().subscriber.count()).toBe(NEWSLETTER_LIMITS.perClient);
    // Another client is not affected.
    const other = await subscribe(
      { email: "one-more@example.org", newsletter: newsletter.slug },
      { json: true, ip: "192.0.2.100" },
    );
    expect(other.status).toBe(200);
  });
});

describe("one form for several newsletters", () => {
  it("signs up for each one chosen, each with its own confirmation, in one answer", async () => {
    const briefing = await createNewsletter({ name: "Morning Briefing" });
    const weekly = await createNewsletter({ name: "The Week" });
    const retired = await createNewsletter({ name: "Retired", active: false });
    const email = "chooser@example.org";
    const response = await subscribe(
      { email, newsletter: [briefing.slug, weekly.slug, retired.slug, "no-such-one"] },
      { json: true },
    );
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer.message).toMatch(/signing up for Morning Briefing and The Week!/);
    expect(answer.message).toMatch(/a confirmation email for each/);
    expect((await subscriptionOf(email, briefing.id))?.status).toBe("PENDING");
    expect((await subscriptionOf(email, weekly.id))?.status).toBe("PENDING");
    expect(await subscriptionOf(email, retired.id)).toBeNull();
    expect((await outbox()).map((mail) => mail.subject).sort()).toEqual([
      "Confirm your subscription to Morning Briefing",
      "Confirm your subscription to The Week",
    ]);
  });

  it("tells a confirmed reader about the one they have and confirms the new one", async () => {
    const briefing = await createNewsletter({ name: "Morning Briefing" });
    const weekly = await createNewsletter({ name: "The Week" });
    const subscriber = await testDb().subscriber.create({ data: { email: "known@example.org" } });
    await testDb().subscription.create({
      data: { subscriberId: subscriber.id, newsletterId: briefing.id, status: "CONFIRMED" },
    });
    const response = await subscribe(
      { email: "known@example.org", newsletter: [briefing.slug, weekly.slug] },
      { json: true },
    );
    expect(response.status).toBe(200);
    expect((await outbox()).map((mail) => mail.subject).sort()).toEqual([
      "Confirm your subscription to The Week",
      "You're already subscribed to Morning Briefing",
    ]);
  });

  it("asks for a choice when none was made, with and without JavaScript", async () => {
    await createNewsletter();
    const json = await subscribe({ email: "undecided@example.org" }, { json: true });
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({
      ok: false,
      message: "Please choose at least one newsletter.",
      field: "newsletter",
    });
    const plain = await subscribe({ email: "undecided@example.org" });
    expect(plain.status).toBe(303);
    expect(plain.headers.get("location")).toBe("/newsletters/sign-up?result=no-newsletter");
    expect(await testDb().subscriber.count()).toBe(0);
  });

  it("sends the reader back to the same choices when the address is wrong", async () => {
    const a = await createNewsletter();
    const b = await createNewsletter();
    const plain = await subscribe({ email: "nope", newsletter: [a.slug, b.slug] });
    expect(plain.headers.get("location")).toBe(
      `/newsletters/sign-up?newsletter=${a.slug}&newsletter=${b.slug}&result=invalid-email`,
    );
  });
});

describe("no way to learn whether an address is subscribed", () => {
  it("answers new, pending, confirmed and unsubscribed addresses alike", async () => {
    const newsletter = await createNewsletter({ name: "Morning Briefing" });
    const states = {
      pending: "PENDING",
      confirmed: "CONFIRMED",
      unsubscribed: "UNSUBSCRIBED",
    } as const;
    for (const [name, status] of Object.entries(states)) {
      const subscriber = await testDb().subscriber.create({
        data: { email: `${name}@example.org` },
      });
      const token = newConfirmToken(new Date());
      await testDb().subscription.create({
        data: {
          subscriberId: subscriber.id,
          newsletterId: newsletter.id,
          status,
          source: "article",
          confirmedAt: status === "PENDING" ? null : new Date(Date.now() - 86_400_000),
          unsubscribedAt: status === "UNSUBSCRIBED" ? new Date(Date.now() - 3600_000) : null,
          ...(status === "PENDING"
            ? { confirmTokenHash: token.hash, confirmTokenExpiresAt: token.expiresAt }
            : {}),
        },
      });
    }
    const answers = [];
    for (const name of ["new", "pending", "confirmed", "unsubscribed"]) {
      for (const json of [true, false]) {
        const response = await subscribe(
          { email: `${name}@example.org`, newsletter: newsletter.slug, source: "article" },
          { json },
        );
        answers.push({
          json,
          status: response.status,
          location: response.headers.get("location"),
          body: await response.text(),
        });
      }
    }
    const distinct = new Set(answers.map((answer) => JSON.stringify(answer)));
    expect(distinct.size).toBe(2); // one JSON answer and one redirect, for all four

    // The same work for each (one email per request); what differs is in the inbox only.
    const mail = await outbox();
    expect(mail).toHaveLength(8);
    const subjects = (to: string) =>
      mail.filter((message) => message.toAddress === to).map((message) => message.subject);
    for (const name of ["new", "pending", "unsubscribed"]) {
      expect(subjects(`${name}@example.org`)).toEqual([
        "Confirm your subscription to Morning Briefing",
        "Confirm your subscription to Morning Briefing",
      ]);
    }
    expect(subjects("confirmed@example.org")).toEqual([
      "You're already subscribed to Morning Briefing",
      "You're already subscribed to Morning Briefing",
    ]);
    // Every one carries the personal link and the one-click headers.
    for (const message of mail) {
      expect(message.text).toContain("/newsletters/manage?token=");
      expect(message.headers).toMatchObject({
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      });
    }
    // Nobody's status moved: the unsubscribed reader must confirm first.
    expect((await subscriptionOf("unsubscribed@example.org", newsletter.id))?.status).toBe(
      "UNSUBSCRIBED",
    );
    expect((await subscriptionOf("confirmed@example.org", newsletter.id))?.status).toBe(
      "CONFIRMED",
    );
  });

  it("answers 'email me my link' alike for known and unknown addresses", async () => {
    const newsletter = await createNewsletter();
    await subscribe({ email: "known@example.org", newsletter: newsletter.slug });
    const before = await testDb().emailOutbox.count();
    const known = await handleManageLink(
      post("/api/newsletters/manage-link", { email: "known@example.org" }),
    );
    const unknown = await handleManageLink(
      post("/api/newsletters/manage-link", { email: "stranger@example.org" }),
    );
    expect(known.status).toBe(303);
    expect(known.headers.get("location")).toBe(unknown.headers.get("location"));
    const mail = await outbox();
    expect(mail).toHaveLength(before + 1);
    expect(mail.at(-1)).toMatchObject({ toAddress: "known@example.org" });
    expect(mail.at(-1)?.text).toContain("/newsletters/manage?token=");
  });
});
