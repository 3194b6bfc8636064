import { describe, expect, it } from "vitest";
import { stripInvisible, stripInvisibleDeep } from "./invisible";

describe("stripInvisible", () => {
  it("removes bidi overrides, isolates, zero-width spaces and NUL", () => {
    expect(stripInvisible("Price \u202Eexe.txt\u202C rises")).toBe("Price exe.txt rises");
    expect(stripInvisible("a\u2066b\u2069c\u200bd\ufeffe\u0000f")).toBe("abcdef");
    // Other control characters are for each field's schema to refuse with a message.
    expect(stripInvisible("a\u0007b")).toBe("a\u0007b");
  });

  it("keeps line breaks, tabs, letters of every script and emoji joins", () => {
    const text = "Київ\nline\ttab 👩\u200d💻";
    expect(stripInvisible(text)).toBe(text);
  });

  it("cleans every string in nested input and leaves other values alone", () => {
    const input = {
      title: "\u202Eoops",
      tags: ["a\u0000", "b"],
      body: { type: "doc", content: [{ type: "text", text: "x\u202Dy" }] },
      version: 3,
      featured: true,
      when: null,
    };
    expect(stripInvisibleDeep(input)).toEqual({
      title: "oops",
      tags: ["a", "b"],
      body: { type: "doc", content: [{ type: "text", text: "xy" }] },
      version: 3,
      featured: true,
      when: null,
    });
  });
});
