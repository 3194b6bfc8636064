import { describe, expect, it } from "vitest";
import { CHARACTER_SETS, codePointsOf, toUnicodeRange } from "./font-characters";

describe("font characters", () => {
  it("writes runs of code points as CSS unicode-range", () => {
    expect(toUnicodeRange([0x20, 0x21, 0x22, 0x41, 0x2019])).toBe("U+20-22, U+41, U+2019");
    expect(toUnicodeRange([])).toBe("");
  });

  it("keeps the Latin and Cyrillic files apart, so English pages never fetch the Cyrillic one", () => {
    const latin = new Set(codePointsOf(CHARACTER_SETS.latin));
    expect(codePointsOf(CHARACTER_SETS.cyrillic).filter((point) => latin.has(point))).toEqual([]);
  });

  it("covers the punctuation the site sets and Ukrainian's own letters", () => {
    for (const character of "“”‘’—–…·×€→−") expect(CHARACTER_SETS.latin).toContain(character);
    for (const character of "ҐґЄєІіЇїʼ") expect(CHARACTER_SETS.cyrillic).toContain(character);
  });
});
