import { describe, expect, it } from "vitest";
import { normalizeLinkHref } from "./link-href";

describe("normalizeLinkHref", () => {
  it.each([
    ["https://example.com/a?b=1#c", "https://example.com/a?b=1#c"],
    ["  http://example.com  ", "http://example.com"],
    ["example.com/story", "https://example.com/story"],
    ["www.example.co.uk", "https://www.example.co.uk"],
    ["news@example.com", "mailto:news@example.com"],
    ["mailto:desk@example.com", "mailto:desk@example.com"],
    ["/politics/some-story", "/politics/some-story"],
  ])("accepts %j as %j", (input, href) => {
    expect(normalizeLinkHref(input)).toEqual({ ok: true, href });
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:msgbox(1)",
    "//evil.example/path",
    "/\\evil.example",
    "https://exa mple.com",
    "relative/path",
    "",
    `https://example.com/${"a".repeat(2100)}`,
  ])("refuses %j with a message", (input) => {
    const result = normalizeLinkHref(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });
});
