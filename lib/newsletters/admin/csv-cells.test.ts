import { describe, expect, it } from "vitest";
import { csvTime, safeCsvCell } from "./csv-cells";

describe("safeCsvCell", () => {
  it("prefixes every cell a spreadsheet would read as a formula", () => {
    for (const value of ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "\t=1", "\r=1"]) {
      expect(safeCsvCell(value)).toBe(`'${value}`);
    }
  });

  it("leaves ordinary text, and formulas later in the cell, alone", () => {
    expect(safeCsvCell("reader@example.com")).toBe("reader@example.com");
    expect(safeCsvCell("a=b")).toBe("a=b");
    expect(safeCsvCell("")).toBe("");
    expect(safeCsvCell(null)).toBe("");
  });
});

describe("csvTime", () => {
  it("writes UTC ISO times and nothing for a missing one", () => {
    expect(csvTime(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe("2026-01-02T03:04:05.000Z");
    expect(csvTime(null)).toBe("");
  });
});
