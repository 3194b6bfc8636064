import { describe, expect, it } from "vitest";
import { listHref, pageWindow, readListParams } from "./list-params";

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

describe("pageWindow", () => {
  it("keeps the page asked for within the pages there are", () => {
    expect(pageWindow(120, 50, 2)).toEqual({ page: 2, pageCount: 3, skip: 50, take: 50 });
    expect(pageWindow(120, 50, 9)).toEqual({ page: 3, pageCount: 3, skip: 100, take: 50 });
    expect(pageWindow(120, 50, 0)).toMatchObject({ page: 1, skip: 0 });
    expect(pageWindow(120, 50, Number.NaN)).toMatchObject({ page: 1, skip: 0 });
  });

  it("has one empty page when there are no rows", () => {
    expect(pageWindow(0, 50, 4)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 50 });
  });
});

describe("listHref", () => {
  const empty = { q: "", mine: false, from: null as string | null, page: 1 };

  it("writes only what differs from the empty filters, in their order", () => {
    expect(listHref("/editor/x", empty, empty)).toBe("/editor/x");
    expect(
      listHref("/editor/x", empty, { q: "port", mine: true, from: "2026-01-02", page: 3 }),
    ).toBe("/editor/x?q=port&mine=1&from=2026-01-02&page=3");
    expect(listHref("/editor/x", empty, { ...empty, page: 1, from: null })).toBe("/editor/x");
  });
});
