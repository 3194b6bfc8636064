import { describe, expect, it } from "vitest";
import { sanitizeDocument, documentReferences } from "./sanitize";
import { documentSchema } from "./schema";
import { countWords, documentText, readingMinutes } from "./text";

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("document schema", () => {
  it("accepts every block the editor produces", () => {
    const doc = {
      type: "doc",
      content: [
        paragraph("Lead"),
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Heading" }] },
        { type: "blockquote", content: [paragraph("Quoted")] },
        {
          type: "pullQuote",
          attrs: { attribution: "A resident" },
          content: [{ type: "text", text: "Pulled" }],
        },
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph("One")] }] },
        { type: "orderedList", content: [{ type: "listItem", content: [paragraph("First")] }] },
        {
          type: "image",
          attrs: { mediaId: "m1", alt: "Alt", caption: "Caption", credit: "(Credit)" },
        },
        {
          type: "embed",
          attrs: { provider: "youtube", url: "https://www.youtube.com/watch?v=abc" },
        },
        { type: "relatedArticle", attrs: { articleId: "a1" } },
        { type: "horizontalRule" },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "bold", marks: [{ type: "bold" }] },
            { type: "hardBreak" },
            {
              type: "text",
              text: "link",
              marks: [{ type: "link", attrs: { href: "https://example.com/x" } }],
            },
          ],
        },
      ],
    };
    expect(documentSchema.safeParse(doc).success).toBe(true);
  });

  it.each([
    ["javascript: link", { type: "link", attrs: { href: "javascript:alert(1)" } }],
    ["data: link", { type: "link", attrs: { href: "data:text/html,<script>alert(1)</script>" } }],
    ["protocol-relative link", { type: "link", attrs: { href: "//evil.example/x" } }],
    ["vbscript link", { type: "link", attrs: { href: " vbscript:msgbox(1)" } }],
    ["unknown mark", { type: "onclick", attrs: { code: "alert(1)" } }],
    [
      "backslash link browsers read as another host",
      { type: "link", attrs: { href: "/\\evil.example" } },
    ],
    [
      "link with a tab inside the scheme",
      { type: "link", attrs: { href: "java\tscript:alert(1)" } },
    ],
  ])("refuses a %s", (_name, mark) => {
    const doc = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [mark] }] }],
    };
    expect(documentSchema.safeParse(doc).success).toBe(false);
  });

  it("refuses the same mark twice, so links never nest", () => {
    const link = (href: string) => ({ type: "link", attrs: { href } });
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "x", marks: [link("/a"), link("/b")] }],
        },
      ],
    };
    expect(documentSchema.safeParse(doc).success).toBe(false);
  });

  it("refuses embeds from outside the allowlist or over plain http", () => {
    const embed = (provider: string, url: string) => ({
      type: "doc",
      content: [{ type: "embed", attrs: { provider, url } }],
    });
    expect(documentSchema.safeParse(embed("evil", "https://evil.example")).success).toBe(false);
    expect(documentSchema.safeParse(embed("youtube", "http://youtube.com/x")).success).toBe(false);
    expect(documentSchema.safeParse(embed("youtube", "javascript:alert(1)")).success).toBe(false);
  });
});

describe("sanitizeDocument", () => {
  it("keeps valid blocks and drops the rest one by one", () => {
    const doc = sanitizeDocument({
      type: "doc",
      content: [
        paragraph("Kept"),
        { type: "script", text: "alert(1)" },
        { type: "svg", content: [{ type: "text", text: "<svg onload=alert(1)>" }] },
        {
          type: "paragraph",
          attrs: { onclick: "alert(1)" },
          content: [{ type: "text", text: "Attrs stripped" }],
        },
        { type: "image", attrs: { mediaId: "", onerror: "alert(1)" } },
      ],
    });
    expect(doc.content).toEqual([paragraph("Kept"), paragraph("Attrs stripped")]);
  });

  it("survives garbage", () => {
    expect(sanitizeDocument(null).content).toEqual([]);
    expect(sanitizeDocument("<p>html</p>").content).toEqual([]);
    expect(sanitizeDocument({ content: "nope" }).content).toEqual([]);
  });

  it("lists the media and articles a body refers to, once each", () => {
    const refs = documentReferences(
      sanitizeDocument({
        type: "doc",
        content: [
          { type: "image", attrs: { mediaId: "m1" } },
          { type: "image", attrs: { mediaId: "m1" } },
          { type: "relatedArticle", attrs: { articleId: "a1" } },
        ],
      }),
    );
    expect(refs).toEqual({ mediaIds: ["m1"], articleIds: ["a1"] });
  });
});

describe("text and reading time", () => {
  it("counts words in reading order, skipping images and cards", () => {
    const doc = sanitizeDocument({
      type: "doc",
      content: [
        paragraph("Three short words."),
        { type: "image", attrs: { mediaId: "m1", caption: "not counted at all" } },
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph("two more")] }] },
      ],
    });
    expect(documentText(doc)).toBe("Three short words.\n\ntwo more");
    expect(countWords(documentText(doc))).toBe(5);
  });

  it("counts hyphenated and apostrophe words once", () => {
    expect(countWords("Kyiv's well-known front-line city")).toBe(4);
  });

  it("rounds reading time and never shows zero minutes", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(100)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(1200)).toBe(5);
  });
});
