import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { htmlPolicy, inlineScriptHashes, paymentFormTargets } from "./content-security";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes each executable inline script once, exactly as written", () => {
    const html =
      `<script>self.__next_f=[]</script><script src="/_next/a.js" async></script>` +
      `<script type="application/ld+json">{"@type":"NewsArticle"}</script>` +
      `<script type="module">\nimport "x";\n</script><script>self.__next_f=[]</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f=[]"), sha('\nimport "x";\n')]);
  });

  it("finds nothing to allow in a page without inline scripts", () => {
    expect(inlineScriptHashes("<p>hello</p>")).toEqual([]);
  });
});

describe("htmlPolicy", () => {
  it("allows only this site's files and the hashed inline scripts in production", () => {
    const policy = htmlPolicy({
      scriptHashes: ["'sha256-abc'"],
      development: false,
      https: true,
      framing: "none",
      formTargets: paymentFormTargets({}),
    });
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self' https://checkout.stripe.com https://billing.stripe.com",
      "frame-ancestors 'none'",
      "upgrade-insecure-requests",
    ]) {
      expect(policy).toContain(directive);
    }
  });
});

describe("paymentFormTargets", () => {
  it("lets forms lead to Stripe's hosted pages, and to a local stand-in only when named", () => {
    expect(paymentFormTargets({})).toEqual([
      "https://checkout.stripe.com",
      "https://billing.stripe.com",
    ]);
    expect(paymentFormTargets({ STRIPE_API_BASE: "http://127.0.0.1:4242/" })).toContain(
      "http://127.0.0.1:4242",
    );
  });
});
