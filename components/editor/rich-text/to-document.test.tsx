import { describe, expect, it } from "vitest";
import { documentSchema } from "@/lib/documents/schema";
import type { ArticleDocument } from "@/lib/documents/dto";
import { clampHeadingLevel, toArticleDocument, toEditorContent } from "./to-document";

const text = (value: string, marks?: unknown[]) => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });

function normalise(input: unknown): ArticleDocument {
  const result = toArticleDocument(input);
  expect(documentSchema.safeParse(result).success).toBe(true);
  return result;
}

const fullDocument: ArticleDocument = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Plain " },
        { type: "text", text: "bold", marks: [{ type: "bold" }] },
        { type: "hardBreak" },
        {
          type: "text",
          text: "link",
          marks: [{ type: "italic" }, { type: "link", attrs: { href: "https://example.com" } }],
        },
      ],
    },
    { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Heading" }] },
    {
      type: "blockquote",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Q" }] }],
    },
    {
      type: "pullQuote",
      attrs: { attribution: "A medic" },
      content: [{ type: "text", text: "We kept working." }],
    },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "One" }] }],
        },
      ],
    },
    {
      type: "orderedList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Two" }] }],
        },
      ],
    },
    { type: "image", attrs: { mediaId: "m1", alt: "Alt", caption: "Caption", credit: "Credit" } },
    { type: "embed", attrs: { provider: "vimeo", url: "https://vimeo.com/1", caption: "" } },
    { type: "relatedArticle", attrs: { articleId: "a1" } },
    { type: "horizontalRule" },
  ],
};

describe("toArticleDocument", () => {
  it("keeps a valid document unchanged", () => {
    expect(normalise(fullDocument)).toEqual(fullDocument);
  });

  it("drops editor-only attributes and marks the schema does not know", () => {
    const result = normalise(
      doc(
        {
          type: "orderedList",
          attrs: { start: 3, type: null },
          content: [{ type: "listItem", content: [paragraph(text("Item"))] }],
        },
        paragraph(
          text("x", [
            { type: "link", attrs: { href: " https://example.com ", target: "_blank", rel: "x" } },
            { type: "strike" },
            { type: "code" },
            { type: "highlight", attrs: { color: "red" } },
          ]),
        ),
      ),
    );
    expect(result.content[0]).toEqual({
      type: "orderedList",
      content: [{ type: "listItem", content: [paragraph(text("Item"))] }],
    });
    expect(result.content[1]).toEqual(
      paragraph(text("x", [{ type: "link", attrs: { href: "https://example.com" } }])),
    );
  });

  it("removes unsafe links but keeps their text", () => {
    const result = normalise(
      doc(
        paragraph(
          text("a", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]),
          text("b", [{ type: "link", attrs: { href: "//evil.example" } }]),
          text("c", [{ type: "link" }]),
        ),
      ),
    );
    expect(result.content).toEqual([paragraph(text("abc"))]);
  });

  it("drops empty text, whitespace-only and empty blocks, and edge line breaks", () => {
    const result = normalise(
      doc(
        { type: "paragraph" },
        paragraph(text(""), { type: "hardBreak" }),
        paragraph(text("   ")),
        { type: "heading", attrs: { level: 2 }, content: [] },
        { type: "pullQuote", attrs: { attribution: "x" } },
        { type: "blockquote", content: [{ type: "paragraph" }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        paragraph({ type: "hardBreak" }, text("Kept"), { type: "hardBreak" }, text("")),
      ),
    );
    expect(result.content).toEqual([paragraph(text("Kept"))]);
  });

  it("merges neighbouring text with the same marks and orders marks consistently", () => {
    const result = normalise(
      doc(
        paragraph(
          text("a", [{ type: "italic" }, { type: "bold" }]),
          text("b", [{ type: "bold" }, { type: "italic" }, { type: "bold" }]),
          text("c"),
        ),
      ),
    );
    expect(result.content).toEqual([
      paragraph(text("ab", [{ type: "bold" }, { type: "italic" }]), text("c")),
    ]);
  });

  it("maps heading levels into 2–4", () => {
    expect([1, 2, 3, 4, 5, 6, "3", undefined, Number.NaN].map(clampHeadingLevel)).toEqual([
      2, 2, 3, 4, 4, 4, 3, 2, 2,
    ]);
    const result = normalise(doc({ type: "heading", attrs: { level: 1 }, content: [text("T")] }));
    expect(result.content[0]).toMatchObject({ attrs: { level: 2 } });
  });

  it("keeps only paragraphs inside quotes and list items, salvaging their text", () => {
    const result = normalise(
      doc(
        {
          type: "blockquote",
          content: [
            { type: "heading", attrs: { level: 2 }, content: [text("H")] },
            { type: "codeBlock", content: [text("dropped")] },
            { type: "blockquote", content: [paragraph(text("Nested"))] },
          ],
        },
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [
                paragraph(text("Parent")),
                {
                  type: "bulletList",
                  content: [{ type: "listItem", content: [paragraph(text("Child"))] }],
                },
              ],
            },
            { type: "paragraph", content: [text("not an item")] },
          ],
        },
      ),
    );
    expect(result.content).toEqual([
      { type: "blockquote", content: [paragraph(text("H")), paragraph(text("Nested"))] },
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [paragraph(text("Parent")), paragraph(text("Child"))] },
        ],
      },
    ]);
  });

  it("trims and clips attributes, and drops media blocks without a valid reference", () => {
    const result = normalise(
      doc(
        {
          type: "image",
          attrs: { mediaId: " m1 ", alt: ` ${"a".repeat(600)} `, caption: 5, src: "https://x" },
        },
        { type: "image", attrs: { mediaId: "" } },
        { type: "image", attrs: { mediaId: "x".repeat(65) } },
        { type: "image" },
        { type: "relatedArticle", attrs: { articleId: "  " } },
        { type: "relatedArticle", attrs: { articleId: " a2 " } },
        { type: "pullQuote", attrs: { attribution: `  ${"b".repeat(300)}` }, content: [text("Q")] },
      ),
    );
    expect(result.content).toEqual([
      { type: "image", attrs: { mediaId: "m1", alt: "a".repeat(500), caption: "", credit: "" } },
      { type: "relatedArticle", attrs: { articleId: "a2" } },
      { type: "pullQuote", attrs: { attribution: "b".repeat(200) }, content: [text("Q")] },
    ]);
  });

  it("re-detects the embed provider from the URL and drops unsupported embeds", () => {
    const result = normalise(
      doc(
        {
          type: "embed",
          attrs: { provider: "vimeo", url: " https://youtu.be/abc ", caption: " c " },
        },
        { type: "embed", attrs: { provider: "youtube", url: "javascript:alert(1)" } },
        { type: "embed", attrs: { provider: "youtube", url: "http://youtube.com/watch?v=1" } },
        { type: "embed", attrs: { provider: "iframe", url: "https://evil.example/x" } },
      ),
    );
    expect(result.content).toEqual([
      { type: "embed", attrs: { provider: "youtube", url: "https://youtu.be/abc", caption: "c" } },
    ]);
  });

  it("splits content over the schema's limits instead of failing", () => {
    const longText = "é".repeat(45_000);
    const manyNodes = Array.from({ length: 4_500 }, (_, index) =>
      text("w", index % 2 ? [{ type: "bold" }] : undefined),
    );
    const manyItems = Array.from({ length: 250 }, () => ({
      type: "listItem",
      content: [paragraph(text("i"))],
    }));
    const result = normalise(
      doc(paragraph(text(longText)), paragraph(...manyNodes), {
        type: "bulletList",
        content: manyItems,
      }),
    );
    const kinds = result.content.map((block) => block.type);
    expect(kinds).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "bulletList",
      "bulletList",
      "bulletList",
    ]);
    const first = result.content[0];
    expect(first?.type === "paragraph" && first.content?.length).toBe(3);
  });

  it("does not cut a surrogate pair when clipping", () => {
    const result = normalise(
      doc({ type: "image", attrs: { mediaId: "m", credit: `${"x".repeat(299)}😀` } }),
    );
    expect(result.content[0]).toMatchObject({ attrs: { credit: "x".repeat(299) } });
  });

  it.each([
    null,
    undefined,
    42,
    "doc",
    [],
    { type: "paragraph", content: [paragraph(text("x"))] },
    { type: "doc", content: "nope" },
    { type: "doc", content: [null, 1, "x", [], { type: "script", content: [text("alert(1)")] }] },
    {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: 5 }, { type: "image" }] }],
    },
    {
      type: "doc",
      content: [{ type: "__proto__" }, { type: "constructor" }, { type: "toString" }],
    },
  ])("returns a valid (empty) document for hostile input %j", (input) => {
    expect(normalise(input)).toEqual({ type: "doc", content: [] });
  });

  it("caps the number of blocks", () => {
    const many = Array.from({ length: 5_200 }, () => ({ type: "horizontalRule" }));
    expect(normalise(doc(...many)).content).toHaveLength(5_000);
  });
});

describe("toEditorContent", () => {
  it("gives an empty document one paragraph for the cursor", () => {
    expect(toEditorContent({ type: "doc", content: [] })).toEqual({
      type: "doc",
      content: [{ type: "paragraph" }],
    });
    expect(toEditorContent(fullDocument)).toBe(fullDocument);
  });
});
