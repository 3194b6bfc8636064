import { beforeAll, describe, expect, it } from "vitest";

process.env.AUTH_SECRET = "a-test-secret-that-is-long-enough-to-use-0123456789";
process.env.SITE_URL = "https://news.example.org";

let links: typeof import("./personal-links");

beforeAll(async () => {
  links = await import("./personal-links");
});

const subscriberId = "cmsubscriber0000000000001";
const newsletterId = "cmnewsletter0000000000001";

describe("personal links", () => {
  it("builds absolute URLs on SITE_URL whose tokens verify", () => {
    const manage = new URL(links.manageUrl(subscriberId));
    expect(manage.origin).toBe("https://news.example.org");
    expect(manage.pathname).toBe("/newsletters/manage");
    expect(links.readManageLink(manage.searchParams.get("token"))?.subscriberId).toBe(subscriberId);

    const unsubscribe = new URL(links.oneClickUnsubscribeUrl(subscriberId, newsletterId));
    expect(unsubscribe.origin).toBe("https://news.example.org");
    expect(unsubscribe.pathname).toBe("/api/newsletters/unsubscribe");
    expect(links.readUnsubscribeLink(unsubscribe.searchParams.get("token"))).toEqual({
      subscriberId,
      newsletterId,
    });
  });

  it("records when a preferences link was issued", () => {
    const url = new URL(links.manageUrl(subscriberId, 1_700_000_000_000));
    expect(links.readManageLink(url.searchParams.get("token"))?.issuedAt).toBe(1_700_000_000_000);
  });

  it("does not accept a preferences token as an unsubscribe token", () => {
    const token = new URL(links.manageUrl(subscriberId)).searchParams.get("token");
    expect(links.readUnsubscribeLink(token)).toBeNull();
  });
});

describe("unsubscribe headers (RFC 8058)", () => {
  it("name the one-click https URL and ask for one-click POST", () => {
    const headers = links.unsubscribeHeaders(subscriberId, newsletterId);
    expect(Object.keys(headers).sort()).toEqual(["List-Unsubscribe", "List-Unsubscribe-Post"]);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const match = /^<(https:\/\/[^>]+)>$/.exec(headers["List-Unsubscribe"]!);
    expect(match?.[1]).toBe(links.oneClickUnsubscribeUrl(subscriberId, newsletterId));
  });

  it("are plain header values (no line breaks, ASCII only)", () => {
    for (const value of Object.values(links.unsubscribeHeaders(subscriberId, newsletterId))) {
      expect(value).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it("differ per newsletter and per reader", () => {
    const a = links.unsubscribeHeaders(subscriberId, newsletterId)["List-Unsubscribe"];
    const b = links.unsubscribeHeaders(subscriberId, "cmnewsletter0000000000002")[
      "List-Unsubscribe"
    ];
    const c = links.unsubscribeHeaders("cmsubscriber0000000000002", newsletterId)[
      "List-Unsubscribe"
    ];
    expect(new Set([a, b, c]).size).toBe(3);
  });
});
