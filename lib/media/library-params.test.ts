import { describe, expect, it } from "vitest";
import {
  EMPTY_MEDIA_FILTERS,
  hasMediaFilters,
  mediaListHref,
  parseMediaListParams,
  searchWords,
} from "./library-params";

describe("the media library's address", () => {
  it("reads every filter", () => {
    expect(
      parseMediaListParams({
        q: "  kyiv drone ",
        mine: "1",
        unused: "on",
        from: "2026-01-01",
        to: "2026-01-31",
        page: "3",
      }),
    ).toEqual({
      q: "kyiv drone",
      mine: true,
      unused: true,
      from: "2026-01-01",
      to: "2026-01-31",
      page: 3,
    });
  });

  it("drops what it cannot read instead of failing the page", () => {
    expect(
      parseMediaListParams({
        q: ["first\u0000", "second"],
        mine: "yes",
        from: "2026-02-31",
        to: "yesterday",
        page: "-2",
      }),
    ).toEqual({ ...EMPTY_MEDIA_FILTERS, q: "first" });
    expect(parseMediaListParams({ page: "99999" }).page).toBe(1);
  });

  it("turns a backwards date range around", () => {
    expect(parseMediaListParams({ from: "2026-03-01", to: "2026-02-01" })).toMatchObject({
      from: "2026-02-01",
      to: "2026-03-01",
    });
  });

  it("writes only what is set, and round-trips", () => {
    expect(mediaListHref(EMPTY_MEDIA_FILTERS)).toBe("/editor/media");
    const filters = parseMediaListParams({ q: "a b", unused: "1", page: "2" });
    const href = mediaListHref(filters, { page: 3 });
    expect(href).toBe("/editor/media?q=a+b&unused=1&page=3");
    const back = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseMediaListParams(back)).toEqual({ ...filters, page: 3 });
    expect(hasMediaFilters(filters)).toBe(true);
    expect(hasMediaFilters({ ...EMPTY_MEDIA_FILTERS, page: 4 })).toBe(false);
  });

  it("splits a search into at most eight words", () => {
    expect(searchWords("  drone   over kyiv ")).toEqual(["drone", "over", "kyiv"]);
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
    expect(searchWords("")).toEqual([]);
  });
});
