import { describe, expect, it } from "vitest";
import { diffSequences } from "./sequence-diff";
import { afterText, beforeText, diffWords, similarity, tokenize } from "./word-diff";

describe("diffSequences", () => {
  it("keeps common items and reports removals before additions", () => {
    expect(diffSequences(["a", "b", "c"], ["a", "x", "c"])).toEqual([
      { kind: "same", before: "a", after: "a" },
      { kind: "removed", before: "b" },
      { kind: "added", after: "x" },
      { kind: "same", before: "c", after: "c" },
    ]);
  });

  it("handles empty sides", () => {
    expect(diffSequences([], ["a"])).toEqual([{ kind: "added", after: "a" }]);
    expect(diffSequences(["a"], [])).toEqual([{ kind: "removed", before: "a" }]);
    expect(diffSequences([], [])).toEqual([]);
  });

  it("finds the longest common subsequence, not just common ends", () => {
    const ops = diffSequences([..."ABCBDAB"], [..."BDCABA"]);
    expect(ops.filter((op) => op.kind === "same")).toHaveLength(4);
    expect(ops.flatMap((op) => (op.kind === "added" ? [] : [op.before])).join("")).toBe("ABCBDAB");
    expect(ops.flatMap((op) => (op.kind === "removed" ? [] : [op.after])).join("")).toBe("BDCABA");
  });

  it("uses the given equality", () => {
    const ops = diffSequences([{ id: 1 }], [{ id: 1 }], (a, b) => a.id === b.id);
    expect(ops.map((op) => op.kind)).toEqual(["same"]);
  });
});

describe("tokenize", () => {
  it("splits words, spaces and punctuation, keeping inner apostrophes and hyphens", () => {
    expect(tokenize("Kyiv's air-defence, at 9pm.")).toEqual([
      "Kyiv's",
      " ",
      "air-defence",
      ",",
      " ",
      "at",
      " ",
      "9pm",
      ".",
    ]);
  });

  it("reads Cyrillic and accented words as words", () => {
    expect(tokenize("Київ — Zaporizhzhia région")).toEqual([
      "Київ",
      " ",
      "—",
      " ",
      "Zaporizhzhia",
      " ",
      "région",
    ]);
  });
});

describe("diffWords", () => {
  it("marks a changed word in place", () => {
    expect(diffWords("Troops crossed the river", "Troops reached the river")).toEqual([
      { kind: "same", text: "Troops " },
      { kind: "removed", text: "crossed" },
      { kind: "added", text: "reached" },
      { kind: "same", text: " the river" },
    ]);
  });

  it("reports pure additions and removals", () => {
    expect(diffWords("Kyiv said", "Kyiv said on Monday")).toEqual([
      { kind: "same", text: "Kyiv said" },
      { kind: "added", text: " on Monday" },
    ]);
    expect(diffWords("a b c", "a c")).toEqual([
      { kind: "same", text: "a " },
      { kind: "removed", text: "b " },
      { kind: "same", text: "c" },
    ]);
  });

  it("folds a rewritten phrase into one removal and one addition", () => {
    expect(diffWords("the quick brown fox", "the slow red fox")).toEqual([
      { kind: "same", text: "the " },
      { kind: "removed", text: "quick brown" },
      { kind: "added", text: "slow red" },
      { kind: "same", text: " fox" },
    ]);
  });

  it("sees punctuation changes", () => {
    expect(diffWords("He left.", "He left!")).toEqual([
      { kind: "same", text: "He left" },
      { kind: "removed", text: "." },
      { kind: "added", text: "!" },
    ]);
  });

  it("returns nothing for two empty texts and one part for equal texts", () => {
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("same", "same")).toEqual([{ kind: "same", text: "same" }]);
    expect(diffWords("", "new")).toEqual([{ kind: "added", text: "new" }]);
    expect(diffWords("old", "")).toEqual([{ kind: "removed", text: "old" }]);
  });

  it("always gives both texts back exactly", () => {
    const pairs: [string, string][] = [
      ["The  council met\non Tuesday.", "The council met on\nWednesday, officials said."],
      ["a a a b", "b a a a"],
      ["Russia's war, day 1,000", "Russia’s war — day 1,001"],
      ["", "x y"],
      ["one two three four five", "five four three two one"],
    ];
    for (const [before, after] of pairs) {
      const parts = diffWords(before, after);
      expect(beforeText(parts)).toBe(before);
      expect(afterText(parts)).toBe(after);
      expect(parts.every((part) => part.text.length > 0)).toBe(true);
    }
  });
});

describe("similarity", () => {
  it("is 1 for the same words and 0 for none in common", () => {
    expect(similarity("A b c", "a B c")).toBe(1);
    expect(similarity("a b", "c d")).toBe(0);
    expect(similarity("", "")).toBe(1);
    expect(similarity("", "a")).toBe(0);
  });

  it("measures the shared share of the longer text", () => {
    expect(similarity("a b c d", "a b x y")).toBe(0.5);
  });
});
