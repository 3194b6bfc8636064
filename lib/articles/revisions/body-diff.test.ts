import { describe, expect, it } from "vitest";
import type { ArticleDocument, BlockNode } from "@/lib/documents/schema";
import { diffBody, stableStringify, type BodyNames } from "./body-diff";

const names: BodyNames = {
  image: (id) => (id === "gone" ? undefined : `Photo ${id}`),
  article: (id) => (id === "a1" ? "Editorial: Hold the line" : undefined),
};
const p = (text: string, href?: string): BlockNode => ({
  type: "paragraph",
  content: [
    {
      type: "text",
      text,
      ...(href ? { marks: [{ type: "link" as const, attrs: { href } }] } : {}),
    },
  ],
});
const para = (text: string) => ({
  type: "paragraph" as const,
  content: [{ type: "text" as const, text }],
});
const doc = (...content: BlockNode[]): ArticleDocument => ({ type: "doc", content });
const image = (mediaId: string, caption = ""): BlockNode => ({
  type: "image",
  attrs: { mediaId, alt: "Alt", caption, credit: "AP" },
});

describe("diffBody", () => {
  it("shows unchanged blocks as such, in reading order", () => {
    const body = doc(p("One."), p("Two."));
    expect(diffBody(body, body, names)).toEqual([
      { kind: "same", label: "Paragraph", text: "One." },
      { kind: "same", label: "Paragraph", text: "Two." },
    ]);
  });

  it("pairs an edited paragraph with its earlier form and diffs its words", () => {
    const changes = diffBody(
      doc(p("Intro."), p("Shelling hit the city overnight."), p("End.")),
      doc(p("Intro."), p("Shelling hit the port overnight."), p("End.")),
      names,
    );
    expect(changes.map((change) => change.kind)).toEqual(["same", "changed", "same"]);
    expect(changes[1]).toEqual({
      kind: "changed",
      label: "Paragraph",
      note: null,
      parts: [
        { kind: "same", text: "Shelling hit the " },
        { kind: "removed", text: "city" },
        { kind: "added", text: "port" },
        { kind: "same", text: " overnight." },
      ],
    });
  });

  it("places added and removed blocks where they are", () => {
    const changes = diffBody(
      doc(p("Alpha beta."), p("Old aside entirely."), p("Gamma delta.")),
      doc(p("Alpha beta."), p("Gamma delta."), { type: "horizontalRule" }, p("New closing words.")),
      names,
    );
    expect(changes.map((change) => [change.kind, change.label])).toEqual([
      ["same", "Paragraph"],
      ["removed", "Paragraph"],
      ["same", "Paragraph"],
      ["added", "Divider"],
      ["added", "Paragraph"],
    ]);
  });

  it("does not pair unrelated paragraphs", () => {
    const changes = diffBody(
      doc(p("Completely different text.")),
      doc(p("Nothing alike here.")),
      names,
    );
    expect(changes.map((change) => change.kind)).toEqual(["removed", "added"]);
  });

  it("names link and formatting changes that leave the words alone", () => {
    const [link] = diffBody(
      doc(p("Read the report", "https://a.example/report")),
      doc(p("Read the report", "https://b.example/report")),
      names,
    );
    expect(link).toMatchObject({
      kind: "changed",
      note: "Link removed: https://a.example/report. Link added: https://b.example/report.",
    });
    const bold: BlockNode = {
      type: "paragraph",
      content: [{ type: "text", text: "Read the report", marks: [{ type: "bold" }] }],
    };
    const [format] = diffBody(doc(p("Read the report")), doc(bold), names);
    expect(format).toMatchObject({ kind: "changed", note: expect.stringMatching(/Formatting/) });
  });

  it("pairs an image with itself when its caption changes, and names deleted images", () => {
    const [edited] = diffBody(doc(image("m1", "Before")), doc(image("m1", "After")), names);
    expect(edited).toMatchObject({ kind: "changed", label: "Image" });
    expect(edited?.kind === "changed" && edited.parts).toEqual(
      expect.arrayContaining([
        { kind: "removed", text: "Before" },
        { kind: "added", text: "After" },
      ]),
    );
    const [gone] = diffBody(doc(), doc(image("gone")), names);
    expect(gone).toMatchObject({
      kind: "added",
      text: expect.stringMatching(/no longer in the library/),
    });
  });

  it("describes lists, quotes, embeds and related cards as text", () => {
    const changes = diffBody(
      doc(),
      doc(
        {
          type: "orderedList",
          content: [
            { type: "listItem", content: [para("First")] },
            { type: "listItem", content: [para("Second")] },
          ],
        },
        {
          type: "pullQuote",
          attrs: { attribution: "A soldier" },
          content: [{ type: "text", text: "We stay." }],
        },
        {
          type: "embed",
          attrs: { provider: "youtube", url: "https://youtube.com/watch?v=1", caption: "" },
        },
        { type: "relatedArticle", attrs: { articleId: "a1" } },
        { type: "relatedArticle", attrs: { articleId: "zz" } },
      ),
      names,
    );
    expect(changes.map((change) => (change.kind === "added" ? change.text : ""))).toEqual([
      "1. First\n2. Second",
      "We stay.\n— A soldier",
      "https://youtube.com/watch?v=1\nCaption: —",
      "Editorial: Hold the line",
      "An article that no longer exists",
    ]);
  });

  it("pairs a paragraph turned into a heading when its words stayed", () => {
    const [change] = diffBody(
      doc(p("What happens next")),
      doc({
        type: "heading",
        attrs: { level: 2 },
        content: [{ type: "text", text: "What happens next" }],
      }),
      names,
    );
    expect(change).toMatchObject({
      kind: "changed",
      label: "Heading",
      note: "Paragraph changed to heading.",
    });
  });
});

describe("stableStringify", () => {
  it("ignores key order and undefined keys", () => {
    expect(stableStringify({ b: 1, a: [1, { d: 2, c: undefined }] })).toBe(
      stableStringify({ a: [1, { d: 2 }], b: 1 }),
    );
    expect(stableStringify({ a: 1 })).not.toBe(stableStringify({ a: 2 }));
  });
});
