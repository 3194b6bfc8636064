import { describe, expect, it } from "vitest";
import type { ArticleDocument } from "@/lib/documents/schema";
import { diffBody } from "./body-diff";
import { diffSequences } from "./sequence-diff";
import { diffWords } from "./word-diff";

/** 20,000 distinct-enough words: "w0 w1 … w19999". */
const longText = (words: number) => Array.from({ length: words }, (_, i) => `w${i}`).join(" ");

/** The same text with three words far apart replaced. */
const editFar = (text: string) =>
  text.replace(" w100 ", " changed ").replace(" w10000 ", " edited ").replace(" w19900 ", " new ");

describe("diffSequences on long inputs", () => {
  it("compares a long sequence with a few edits in about linear work, not n × m", () => {
    const before = longText(20_000).split(" ");
    const after = editFar(longText(20_000)).split(" ");
    let comparisons = 0;
    const ops = diffSequences(before, after, (a, b) => {
      comparisons++;
      return a === b;
    });
    expect(ops.filter((op) => op.kind === "removed").map((op) => op.before)).toEqual([
      "w100",
      "w10000",
      "w19900",
    ]);
    expect(ops.filter((op) => op.kind === "added").map((op) => op.after)).toEqual([
      "changed",
      "edited",
      "new",
    ]);
    // A table over the changed middle would be about 20,000² = 4·10⁸ comparisons.
    expect(comparisons).toBeLessThan(20 * 20_000);
  });

  it("diffs the words of a 20,000-word text with three edits quickly and exactly", () => {
    const before = longText(20_000);
    const after = editFar(before);
    const started = performance.now();
    const parts = diffWords(before, after);
    const elapsed = performance.now() - started;
    expect(parts.filter((part) => part.kind !== "same")).toEqual([
      { kind: "removed", text: "w100" },
      { kind: "added", text: "changed" },
      { kind: "removed", text: "w10000" },
      { kind: "added", text: "edited" },
      { kind: "removed", text: "w19900" },
      { kind: "added", text: "new" },
    ]);
    // Takes milliseconds; the bound is loose so a busy machine cannot fail it,
    // while a quadratic diff (minutes at this size) still would.
    expect(elapsed).toBeLessThan(1_000);
  });

  it("diffs a body of 2,000 paragraphs with one edited in the middle", () => {
    const paragraph = (i: number, text = `Paragraph ${i} of the long read.`) => ({
      type: "paragraph" as const,
      content: [{ type: "text" as const, text }],
    });
    const blocks = Array.from({ length: 2_000 }, (_, i) => paragraph(i));
    const before: ArticleDocument = { type: "doc", content: blocks };
    const after: ArticleDocument = {
      type: "doc",
      content: blocks.map((block, i) =>
        i === 1_000 ? paragraph(i, "Paragraph 1000 of the long read, updated.") : block,
      ),
    };
    const names = { image: () => undefined, article: () => undefined };
    const changes = diffBody(before, after, names).filter((change) => change.kind !== "same");
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: "changed", label: "Paragraph" });
  });
});
