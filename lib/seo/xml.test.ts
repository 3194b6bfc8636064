import { describe, expect, it } from "vitest";
import { element, emptyElement, escapeXml, rfc822, w3cDateTime } from "./xml";

describe("XML writing", () => {
  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;",
    );
    expect(escapeXml("bell\u0007 form\u000c nul\u0000 tab\t ok")).toBe("bell form nul tab\t ok");
    expect(escapeXml("lone \ud800 surrogate, pair 😀")).toBe("lone  surrogate, pair 😀");
  });

  it("writes elements and leaves empty ones out", () => {
    expect(element("title", "A <b> & c")).toBe("<title>A &lt;b&gt; &amp; c</title>");
    expect(element("title", "")).toBe("");
    expect(emptyElement("link", { href: "/a?b=1&c=2", rel: "self", type: undefined })).toBe(
      '<link href="/a?b=1&amp;c=2" rel="self"/>',
    );
  });

  it("formats W3C and RFC 822 dates in UTC", () => {
    const date = new Date("2026-03-01T06:30:05.123Z");
    expect(w3cDateTime(date)).toBe("2026-03-01T06:30:05Z");
    expect(rfc822(date)).toBe("Sun, 01 Mar 2026 06:30:05 GMT");
  });
});
