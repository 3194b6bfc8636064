import { beforeEach, describe, expect, it } from "vitest";
import { viewConfirmation } from "@/lib/newsletters/confirm";
import {
  handleConfirm,
  handlePreferences,
  handleSubscribe,
  handleUnsubscribePost,
} from "@/lib/newsletters/endpoints";
import { manageUrl, oneClickUnsubscribeUrl } from "@/lib/newsletters/personal-links";
import { viewPreferences } from "@/lib/newsletters/preferences";
import { pruneUnconfirmedSignUps } from "@/lib/newsletters/prune";
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

beforeEach(async () => {
  await truncateAll();
  resetRateLimits();
});

async function signUp(email: string, slug: string) {
  await handleSubscribe(post("/api/newsletters/subscribe", { email, newsletter: slug }));
  const mail = await testDb().emailOutbox.findFirst({
    where: { toAddress: email },
    orderBy: { createdAt: "desc" },
    select: { text: true },
  });
  return tokenOf(linkIn(mail!.text, "/newsletters/confirm"));
}

async function subscriberId(email: string) {
  return (await testDb().subscriber.findUniqueOrThrow({ where: { email } })).id;
}

describe("confirmation links", () => {
  it("expire after 48 hours", async () => {
    const newsletter = await createNewsletter();
    const token = await signUp("late@example.org", newsletter.slug);
    await testDb().subscription.updateMany({
      data: { confirmTokenExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(await viewConfirmation(token)).toEqual({ state: "invalid" });
    const response = await handleConfirm(post("/api/newsletters/confirm", { token }));
    expect(response.headers.get("location")).toBe(`/newsletters/confirm?token=${token}`);
    expect((await subscriptionOf("late@example.org", newsletter.id))?.status).toBe("PENDING");
  });

  it("are replaced by a newer sign-up's link", async () => {
    const newsletter = await createNewsletter();
    const first = await signUp("twice@example.org", newsletter.slug);
    const second = await signUp("twice@example.org", newsletter.slug);
    expect(await viewConfirmation(first)).toEqual({ state: "invalid" });
    await handleConfirm(post("/api/newsletters/confirm", { token: first }));
    expect((await subscriptionOf("twice@example.org", newsletter.id))?.status).toBe("PENDING");
    await handleConfirm(post("/api/newsletters/confirm", { token: second }));
    expect((await subscriptionOf("twice@example.org", newsletter.id))?.status).toBe("CONFIRMED");
  });

  it("refuse made-up tokens without a query's worth of trouble", async () => {
    for (const token of ["", "x", "a".repeat(43), "../../etc/passwd"]) {
      expect(await viewConfirmation(token)).toEqual({ state: "invalid" });
    }
  });
});

describe("preferences links", () => {
  it("stop working once reset, while new ones and unsubscribe links keep working", async () => {
    const newsletter = await createNewsletter();
    const email = "forwarded@example.org";
    await handleConfirm(
      post("/api/newsletters/confirm", { token: await signUp(email, newsletter.slug) }),
    );
    const id = await subscriberId(email);
    const oldToken = tokenOf(manageUrl(id, Date.now() - 60_000));
    const oneClick = pathOf(oneClickUnsubscribeUrl(id, newsletter.id));
    expect(await viewPreferences(oldToken)).not.toBeNull();

    const reset = await handlePreferences(
      post("/api/newsletters/preferences", { token: oldToken, action: "reset-links" }),
    );
    expect(reset.headers.get("location")).toBe("/newsletters/manage?reset=1");
    expect(await viewPreferences(oldToken)).toBeNull();
    // The old link can no longer change anything.
    await handlePreferences(
      post("/api/newsletters/preferences", {
        token: oldToken,
        shown: [newsletter.id],
        newsletter: [],
      }),
    );
    expect((await subscriptionOf(email, newsletter.id))?.status).toBe("CONFIRMED");

    // The new link arrives by email and works.
    const mail = await testDb().emailOutbox.findFirstOrThrow({
      where: { toAddress: email, subject: { contains: "manage" } },
      select: { text: true },
    });
    const newToken = tokenOf(linkIn(mail.text, "/newsletters/manage"));
    expect((await viewPreferences(newToken))?.email).toBe(email);

    // Unsubscribe links in every email ever sent still work.
    const response = await handleUnsubscribePost(
      post(oneClick, { "List-Unsubscribe": "One-Click" }, { fetchSite: null }),
    );
    expect(response.status).toBe(200);
    expect((await subscriptionOf(email, newsletter.id))?.status).toBe("UNSUBSCRIBED");
  });

  it("refuse a forged token", async () => {
    const newsletter = await createNewsletter();
    await signUp("someone@example.org", newsletter.slug);
    const id = await subscriberId("someone@example.org");
    const [, issued, mac] = tokenOf(manageUrl(id)).split(".");
    expect(
      await viewPreferences(
        `${id}.${issued}.${mac!.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`,
      ),
    ).toBeNull();
    expect(await viewPreferences(`cmnotthereader00000000001.${issued}.${mac}`)).toBeNull();
  });

  it("unsubscribe from everything with one button, a pending sign-up included", async () => {
    const [a, b, c] = [
      await createNewsletter(),
      await createNewsletter(),
      await createNewsletter(),
    ];
    const email = "all@example.org";
    await handleConfirm(post("/api/newsletters/confirm", { token: await signUp(email, a.slug) }));
    await handleConfirm(post("/api/newsletters/confirm", { token: await signUp(email, b.slug) }));
    const pendingToken = await signUp(email, c.slug);
    const token = tokenOf(manageUrl(await subscriberId(email)));
    const response = await handlePreferences(
      post("/api/newsletters/preferences", {
        token,
        action: "unsubscribe-all",
        shown: [a.id, b.id, c.id],
        newsletter: [a.id, b.id],
      }),
    );
    expect(response.headers.get("location")).toContain("&saved=all");
    for (const newsletter of [a, b, c]) {
      const row = await subscriptionOf(email, newsletter.id);
      expect(row?.status).toBe("UNSUBSCRIBED");
      expect(row?.unsubscribedAt).toBeInstanceOf(Date);
      expect(row?.confirmTokenHash).toBeNull();
    }
    expect(await viewConfirmation(pendingToken)).toEqual({ state: "invalid" });
  });
});

describe("one-click unsubscribe", () => {
  it("refuses a bad token, and records a refusal for a reader with no subscription", async () => {
    const newsletter = await createNewsletter();
    const other = await createNewsletter();
    const email = "never@example.org";
    await handleConfirm(
      post("/api/newsletters/confirm", { token: await signUp(email, newsletter.slug) }),
    );
    const id = await subscriberId(email);
    const bad = await handleUnsubscribePost(
      post("/api/newsletters/unsubscribe?token=nope", { "List-Unsubscribe": "One-Click" }),
    );
    expect(bad.status).toBe(404);
    // A browser's button post is answered with the page again.
    const button = await handleUnsubscribePost(post("/api/newsletters/unsubscribe?token=nope", {}));
    expect(button.status).toBe(303);

    const response = await handleUnsubscribePost(
      post(pathOf(oneClickUnsubscribeUrl(id, other.id)), { "List-Unsubscribe": "One-Click" }),
    );
    expect(response.status).toBe(200);
    // A suppression row: no later import or send can treat this reader as subscribed.
    expect(await subscriptionOf(email, other.id)).toMatchObject({ status: "UNSUBSCRIBED" });
    expect((await subscriptionOf(email, newsletter.id))?.status).toBe("CONFIRMED");
  });
});

describe("pruning unconfirmed sign-ups", () => {
  it("forgets never-confirmed addresses a day after the link expired, and keeps the rest", async () => {
    const newsletter = await createNewsletter();
    await signUp("stale@example.org", newsletter.slug);
    await signUp("fresh@example.org", newsletter.slug);
    await handleConfirm(
      post("/api/newsletters/confirm", {
        token: await signUp("reader@example.org", newsletter.slug),
      }),
    );
    const later = new Date(Date.now() + 4 * 86_400_000);
    await testDb().subscription.updateMany({
      where: { subscriber: { email: "fresh@example.org" } },
      data: { confirmTokenExpiresAt: new Date(later.getTime() - 3600_000) },
    });
    const lines = await pruneUnconfirmedSignUps(later);
    expect(lines.join()).toMatch(/pruned 1 unconfirmed sign-up\(s\), 1 address/);
    const emails = (await testDb().subscriber.findMany({ select: { email: true } })).map(
      (row) => row.email,
    );
    expect(emails.sort()).toEqual(["fresh@example.org", "reader@example.org"]);
    expect(await pruneUnconfirmedSignUps(later)).toEqual([]);
  });
});
