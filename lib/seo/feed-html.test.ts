import { describe, expect, it } from "vitest";
import { sanitizeDocument } from "@/lib/documents/sanitize";
import { documentToHtml } from "./feed-html";

const ORIGIN = "https://news.example.org";

describe("feed body HTML", () => {
  it("draws the known blocks, with links and images made absolute", () => {
    const html = documentToHtml(
      sanitizeDocument({
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "text", text: "See " },
              {
                type: "text",
                text: "our page",
                marks: [{ type: "link", attrs: { href: "/about" } }, { type: "bold" }],
              },
              { type: "hardBreak" },
              { type: "text", text: "& more" },
            ],
          },
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "After" }] },
          { type: "image", attrs: { mediaId: "m1", alt: "", caption: "", credit: "" } },
          {
            type: "pullQuote",
            attrs: { attribution: "A. Person" },
            content: [{ type: "text", text: "Quote" }],
          },
          { type: "relatedArticle", attrs: { articleId: "a2" } },
          { type: "horizontalRule" },
        ],
      }),
      {
        m1: {
          src: "/media/images/ab/c.jpg",
          width: 800,
          height: 600,
          alt: 'Alt "x"',
          caption: "Caption.",
          credit: "(Jane/Agency)",
        },
      },
      ORIGIN,
    );
    expect(html).toBe(
      `<p>See <a href="${ORIGIN}/about"><strong>our page</strong></a><br/>&amp; more</p>` +
        "<h2>After</h2>" +
        `<figure><img src="${ORIGIN}/media/images/ab/c.jpg" alt="Alt &quot;x&quot;" width="800" height="600"/>` +
        "<figcaption>Caption. (Jane/Agency)</figcaption></figure>" +
        "<blockquote><p>Quote</p><p>— A. Person</p></blockquote>" +
        "<hr/>",
    );
  });

  it("never lets hostile content through", () => {
    const html = documentToHtml(
      sanitizeDocument({
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "<script>alert(1)</script>" }] },
          {
            type: "paragraph",
            content: [
              {
                type: "text",
                text: "x",
                marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
              },
            ],
          },
          { type: "html", content: "<img src=x onerror=alert(1)>" },
          { type: "image", attrs: { mediaId: "missing" } },
        ],
      }),
      {},
      ORIGIN,
    );
    expect(html).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(html).not.toMatch(/<script|javascript:|onerror/);
  });
});
