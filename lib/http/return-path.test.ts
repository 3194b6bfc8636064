import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeReturnPath("/editor/articles?status=DRAFT")).toBe("/editor/articles?status=DRAFT");
    expect(safeReturnPath("/api/preview?id=abc")).toBe("/api/preview?id=abc");
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%09/evil.example".replace("%09", "\t"),
    "\\\\evil.example",
    "javascript:alert(1)",
    "editor",
    "",
    42,
    undefined,
  ])("sends %j to the fallback", (value) => {
    expect(safeReturnPath(value)).toBe("/editor");
  });
});
