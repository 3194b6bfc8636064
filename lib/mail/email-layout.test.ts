import { describe, expect, it } from "vitest";
import {
  emailButton,
  emailLink,
  emailParagraph,
  emailSmallPrint,
  renderEmailLayout,
  renderTextLayout,
} from "./email-layout";

const html = renderEmailLayout({
  siteName: "The Kyiv <Ledger>",
  siteUrl: "https://news.example.org/",
  title: "Confirm & go",
  preheader: "Preview text",
  bodyHtml: [
    emailParagraph("Hello <b>reader</b>"),
    emailButton("Confirm", "https://news.example.org/newsletters/confirm?token=a&b=c"),
    emailSmallPrint("Small print"),
    emailLink("A link", "javascript:alert(1)"),
  ].join(""),
  footerLinks: [{ label: "Manage", href: "https://news.example.org/newsletters/manage?token=x" }],
  footerNote: "Why you got this",
});

describe("email layout", () => {
  it("escapes every text it is given", () => {
    expect(html).toContain("The Kyiv &lt;Ledger&gt;");
    expect(html).toContain("Confirm &amp; go");
    expect(html).toContain("Hello &lt;b&gt;reader&lt;/b&gt;");
    expect(html).not.toContain("<b>reader</b>");
    expect(html).toContain("confirm?token=a&amp;b=c");
  });

  it("links only to absolute http(s) URLs", () => {
    expect(html).not.toContain("javascript:");
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    for (const href of hrefs) expect(href === "#" || /^https:\/\//.test(href!)).toBe(true);
  });

  it("never sets a text colour without a background colour (dark-mode safe)", () => {
    const styles = [...html.matchAll(/style="([^"]*)"/g)].map((match) => match[1]!);
    const withColor = styles.filter((style) => /(^|;)\s*color:/.test(style));
    expect(withColor.length).toBeGreaterThan(5);
    for (const style of withColor) expect(style).toMatch(/background-color:/);
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain("prefers-color-scheme: dark");
  });

  it("is responsive and carries no images or tracking pixels", () => {
    expect(html).toContain('name="viewport"');
    expect(html).toContain("max-width: 620px");
    expect(html).not.toMatch(/<img/i);
  });
});

describe("text layout", () => {
  it("writes URLs out in full", () => {
    const text = renderTextLayout({
      siteName: "Ledger",
      title: "Title",
      body: "First.\n\nSecond.",
      footerLinks: [{ label: "Manage", href: "https://news.example.org/m" }],
      footerNote: "Note",
    });
    expect(text).toContain("Manage: https://news.example.org/m");
    expect(text).toContain("First.\n\nSecond.");
    expect(text).not.toMatch(/<[a-z]/i);
  });
});
