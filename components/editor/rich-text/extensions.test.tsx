import { getSchema } from "@tiptap/react";
import { describe, expect, it } from "vitest";
import type { ArticleDocument } from "@/lib/documents/dto";
import { clampPastedHeadings } from "./editor-plugins";
import { createExtensions } from "./extensions";
import { toArticleDocument, toEditorContent } from "./to-document";

const schema = getSchema(createExtensions());

const paragraph = (value: string) => ({
  type: "paragraph" as const,
  content: [{ type: "text" as const, text: value }],
});

const everyBlock: ArticleDocument = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "a", marks: [{ type: "bold" }, { type: "italic" }] },
        { type: "hardBreak" },
        { type: "text", text: "b", marks: [{ type: "link", attrs: { href: "/politics/x" } }] },
      ],
    },
    { type: "heading", attrs: { level: 4 }, content: [{ type: "text", text: "H" }] },
    { type: "blockquote", content: [paragraph("q1"), paragraph("q2")] },
    {
      type: "pullQuote",
      attrs: { attribution: "Someone" },
      content: [{ type: "text", text: "P" }],
    },
    { type: "bulletList", content: [{ type: "listItem", content: [paragraph("b")] }] },
    {
      type: "orderedList",
      content: [{ type: "listItem", content: [paragraph("o"), paragraph("p")] }],
    },
    { type: "image", attrs: { mediaId: "m", alt: "A", caption: "C", credit: "R" } },
    {
      type: "embed",
      attrs: { provider: "bluesky", url: "https://bsky.app/profile/a/post/b", caption: "E" },
    },
    { type: "relatedArticle", attrs: { articleId: "a" } },
    { type: "horizontalRule" },
  ],
};

describe("editor schema", () => {
  it("has exactly the article schema's nodes and marks", () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        "blockquote",
        "bulletList",
        "doc",
        "embed",
        "hardBreak",
        "heading",
        "horizontalRule",
        "image",
        "listItem",
        "orderedList",
        "paragraph",
        "pullQuote",
        "relatedArticle",
        "text",
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(["bold", "italic", "link"]);
  });

  it("lets quotes and list items hold paragraphs only", () => {
    const { blockquote, listItem, heading, bulletList, paragraph: para } = schema.nodes;
    for (const container of [blockquote!, listItem!]) {
      expect(container.contentMatch.matchType(para!)).not.toBeNull();
      expect(container.contentMatch.matchType(heading!)).toBeNull();
      expect(container.contentMatch.matchType(bulletList!)).toBeNull();
      expect(container.contentMatch.matchType(blockquote!)).toBeNull();
    }
  });

  it("loads every block of a saved document and gives it back unchanged", () => {
    const node = schema.nodeFromJSON(toEditorContent(everyBlock));
    expect(() => node.check()).not.toThrow();
    expect(toArticleDocument(node.toJSON())).toEqual(everyBlock);
  });

  it("loads an empty document as one empty paragraph and saves it as empty", () => {
    const node = schema.nodeFromJSON(toEditorContent({ type: "doc", content: [] }));
    expect(() => node.check()).not.toThrow();
    expect(toArticleDocument(node.toJSON())).toEqual({ type: "doc", content: [] });
  });
});

describe("clampPastedHeadings", () => {
  it("maps h1 to h2 and h5/h6 to h4, leaving other tags alone", () => {
    expect(
      clampPastedHeadings(
        '<h1 class="t">A</h1><H5>B</H5><h6>C</h6><h3>D</h3><header>E</header><hr/><h1>',
      ),
    ).toBe('<h2 class="t">A</h2><h4>B</h4><h4>C</h4><h3>D</h3><header>E</header><hr/><h2>');
  });
});
