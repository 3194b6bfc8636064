import { describe, expect, it } from "vitest";
import { readListParams } from "./list-params";

describe("readListParams", () => {
  it("reads the filter and page leniently", () => {
    expect(readListParams({ q: "  kyiv ", page: "3" })).toEqual({ query: "kyiv", page: 3 });
    expect(readListParams({ q: ["a", "b"], page: "-2" })).toEqual({ query: "a", page: 1 });
    expect(readListParams({ q: "nul\u0000byte", page: "x" })).toEqual({
      query: "nulbyte",
      page: 1,
    });
    expect(readListParams({}).query).toBe("");
  });
});
