import { describe, expect, it } from "vitest";
import type { ArticleDocument, BlockNode } from "@/lib/documents/schema";
import { buildNarrationScript, bylineSentence, scriptText } from "./build-script";
import { chunkScript, splitSentences } from "./chunk-script";

const text = (value: string) => [{ type: "text" as const, text: value }];
const p = (value: string): BlockNode => ({ type: "paragraph", content: text(value) });
const doc = (...content: BlockNode[]): ArticleDocument => ({ type: "doc", content });

const body = doc(
  p("Drones struck the port overnight, officials said."),
  { type: "heading", attrs: { level: 2 }, content: text("What happened next") },
  p("Crews worked until dawn to clear the quay."),
  // Repeats the paragraph above: heard once only.
  { type: "pullQuote", attrs: { attribution: "" }, content: text("Crews worked until dawn") },
  // Says something new: read once, with who said it.
  {
    type: "pullQuote",
    attrs: { attribution: "Iryna Hnatiuk, harbour master" },
    content: text("“We will reopen within the week.”"),
  },
  {
    type: "image",
    attrs: {
      mediaId: "m1",
      alt: "Cranes",
      caption: "Cranes at dawn.",
      credit: "(Jane Roe/Reuters)",
    },
  },
  {
    type: "embed",
    attrs: { provider: "youtube", url: "https://www.youtube.com/watch?v=abc", caption: "Video" },
  },
  { type: "relatedArticle", attrs: { articleId: "a2" } },
  {
    type: "bulletList",
    content: [
      { type: "listItem", content: [{ type: "paragraph", content: text("Two cranes damaged") }] },
      { type: "listItem", content: [{ type: "paragraph", content: text("No one hurt") }] },
    ],
  },
  {
    type: "blockquote",
    content: [{ type: "paragraph", content: text("The port is our lifeline.") }],
  },
);

describe("narration script", () => {
  const script = buildNarrationScript({
    title: "Port hit by drones",
    standfirst: "The quay will reopen within days",
    authors: ["Anna Koval", "Oleh Petrenko"],
    body,
  });

  it("reads the headline, standfirst and bylines, then the body in order", () => {
    expect(script.map((paragraph) => [paragraph.kind, paragraph.text])).toEqual([
      ["title", "Port hit by drones."],
      ["standfirst", "The quay will reopen within days."],
      ["byline", "By Anna Koval and Oleh Petrenko."],
      ["text", "Drones struck the port overnight, officials said."],
      ["heading", "What happened next."],
      ["text", "Crews worked until dawn to clear the quay."],
      ["text", "In the words of Iryna Hnatiuk, harbour master: We will reopen within the week."],
      ["item", "Two cranes damaged."],
      ["item", "No one hurt."],
      ["text", "The port is our lifeline."],
    ]);
  });

  it("skips captions, credits, embeds and related-article cards", () => {
    const all = scriptText(script);
    expect(all).not.toContain("Cranes at dawn");
    expect(all).not.toContain("Reuters");
    expect(all).not.toContain("youtube");
    expect(all).not.toContain("Video");
  });

  it("names every byline", () => {
    expect(bylineSentence([])).toBe("");
    expect(bylineSentence(["A"])).toBe("By A.");
    expect(bylineSentence(["A", "B", "C"])).toBe("By A, B and C.");
  });

  it("says numbers, dates and abbreviations in the body naturally", () => {
    const spoken = buildNarrationScript({
      title: "U.S. sends $2bn",
      standfirst: "",
      authors: [],
      body: doc(p("Dr. Lee said on 3 March 2024 that 1,200 km of road, 40% of it, was repaired.")),
    });
    expect(scriptText(spoken)).toBe(
      "U S sends two billion dollars.\n\nDoctor Lee said on the third of March, twenty twenty-four that one thousand two hundred kilometers of road, forty percent of it, was repaired.",
    );
  });
});

describe("chunking", () => {
  const long = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here.`).join(" ");
  const script = buildNarrationScript({
    title: "A title",
    standfirst: "",
    authors: ["A. Writer"],
    body: doc(p(long), p("A short paragraph.")),
  });

  it("splits only at sentence boundaries, within the limit, and loses nothing", () => {
    const chunks = chunkScript(script, { maxChars: 200, packParagraphs: false });
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(200);
      expect(chunk.text).toMatch(/[.!?]$/);
    }
    const joined = chunks
      .map((chunk) => chunk.text)
      .join(" ")
      .replace(/\s+/g, " ");
    expect(joined).toBe(scriptText(script).replace(/\s+/g, " "));
  });

  it("pauses briefly between sentences and longer between paragraphs", () => {
    const chunks = chunkScript(script, { maxChars: 200, packParagraphs: false });
    const [title, byline] = chunks;
    expect(title?.pauseAfterMs).toBeGreaterThanOrEqual(800);
    expect(byline?.pauseAfterMs).toBeGreaterThanOrEqual(800);
    const middle = chunks.slice(2, -2);
    expect(middle.length).toBeGreaterThan(1);
    for (const chunk of middle) expect(chunk.pauseAfterMs).toBeLessThan(200);
    expect(chunks.at(-2)?.pauseAfterMs).toBeGreaterThanOrEqual(500);
  });

  it("packs whole paragraphs into one request for engines that allow it", () => {
    const packed = chunkScript(script, { maxChars: 4000, packParagraphs: true });
    expect(packed).toHaveLength(1);
    expect(packed[0]?.text.split("\n\n")).toHaveLength(script.length);
  });

  it("cuts a sentence longer than the limit at a comma, then at spaces", () => {
    const sentence = `${"word ".repeat(30).trim()}, ${"more ".repeat(30).trim()}.`;
    const chunks = chunkScript([{ kind: "text", text: sentence }], {
      maxChars: 100,
      packParagraphs: false,
    });
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(100);
    expect(chunks.map((chunk) => chunk.text).join(" ")).toBe(sentence);
  });

  it("splits sentences after closing quotes and question marks", () => {
    expect(splitSentences("He said “No.” Then he left! Why? Because.")).toEqual([
      "He said “No.”",
      "Then he left!",
      "Why?",
      "Because.",
    ]);
  });
});
