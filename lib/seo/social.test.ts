import { describe, expect, it } from "vitest";
import { ogLocale, profileUrls, sitePolicies, xHandle } from "./social";

describe("social readings", () => {
  it("keeps web profiles for sameAs, once each", () => {
    expect(
      profileUrls([
        { kind: "x", url: "https://x.com/a" },
        { kind: "email", url: "mailto:a@example.org" },
        { kind: "website", url: "https://x.com/a" },
        { kind: "site", url: "/about" },
      ]),
    ).toEqual(["https://x.com/a"]);
  });

  it("reads X handles only from X or Twitter profile URLs", () => {
    expect(xHandle([{ kind: "x", url: "https://twitter.com/@kyiv_news/" }])).toBe("@kyiv_news");
    expect(xHandle([{ kind: "x", url: "https://example.com/social/x" }])).toBeUndefined();
    expect(xHandle([{ kind: "x", url: "https://x.com/a/status/1" }])).toBeUndefined();
  });

  it("names an Open Graph locale only with a territory", () => {
    expect(ogLocale("en-gb")).toBe("en_GB");
    expect(ogLocale("uk_UA")).toBe("uk_UA");
    expect(ogLocale("en")).toBeUndefined();
  });

  it("finds policy pages among the site's links", () => {
    expect(
      sitePolicies([
        { label: "About", href: "/about" },
        { label: "Editorial standards", href: "/standards" },
        { label: "Corrections", href: "/corrections-policy" },
      ]),
    ).toEqual({
      publishingPrinciples: "/standards",
      correctionsPolicy: "/corrections-policy",
      ethicsPolicy: undefined,
    });
    expect(sitePolicies([{ label: "About us", href: "/about" }]).publishingPrinciples).toBe(
      "/about",
    );
  });
});
