import { describe, expect, it } from "vitest";
import { escapeHtml, escapeHtmlText } from "./html";

describe("escapeHtml", () => {
  it("escapes everything that could open a tag or close an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
    );
  });

  it("escapes an ampersand once, so entities in the text stay readable text", () => {
    expect(escapeHtml("&amp; <")).toBe("&amp;amp; &lt;");
  });

  it("leaves quotes alone in text content", () => {
    expect(escapeHtmlText(`"Tom" & 'Jerry' <b>`)).toBe(`"Tom" &amp; 'Jerry' &lt;b&gt;`);
  });
});
