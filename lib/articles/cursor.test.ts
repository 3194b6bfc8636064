import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("story cursors", () => {
  it("round-trip a publication time and id", () => {
    const cursor = { publishedAt: new Date("2026-11-27T07:05:00.123Z"), id: "cm3x9_a-1" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    undefined,
    "",
    "nodot",
    ".id",
    "zzzzzzzzzzzzzzzz.id",
    "-5.id",
    "abc.bad id",
    "abc.<script>",
    ["a.b"],
  ])("treat %j as no cursor", (value) => {
    expect(decodeCursor(value as string | undefined)).toBeNull();
  });
});
