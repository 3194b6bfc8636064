import { describe, expect, it } from "vitest";
import {
  estimateTotal,
  MAX_PAGE,
  RANKED_CANDIDATES,
  SEARCH_PAGE_SIZE,
  searchPages,
} from "./limits";

describe("search pages", () => {
  it("offers exactly the pages that hold ranked matches", () => {
    expect(searchPages(0)).toEqual({ pageCount: 0, olderBeyond: false });
    expect(searchPages(1)).toEqual({ pageCount: 1, olderBeyond: false });
    expect(searchPages(SEARCH_PAGE_SIZE + 1)).toEqual({ pageCount: 2, olderBeyond: false });
    expect(searchPages(RANKED_CANDIDATES)).toEqual({ pageCount: MAX_PAGE, olderBeyond: false });
  });

  it("stops at the last ranked page and says older matches lie beyond", () => {
    expect(searchPages(RANKED_CANDIDATES + 1)).toEqual({ pageCount: MAX_PAGE, olderBeyond: true });
    expect(searchPages(1001)).toEqual({ pageCount: MAX_PAGE, olderBeyond: true });
    expect(MAX_PAGE * SEARCH_PAGE_SIZE).toBe(RANKED_CANDIDATES);
  });
});

describe("a search's total", () => {
  const sizes = [2_000, 6_000, 20_000];

  it("is exact when the whole archive was searched", () => {
    expect(estimateTotal([12, 0, 90, 519], sizes, 300, 100_000)).toEqual({
      total: 519,
      kind: "exact",
    });
    expect(estimateTotal([7], [], 300, 50)).toEqual({ total: 7, kind: "exact" });
  });

  it("is scaled from the window that held enough, and rounded", () => {
    // 898 matches in the newest 20,000 of 100,000 stories: about 4,500.
    expect(estimateTotal([94, 270, 898, 0], sizes, 300, 100_000)).toEqual({
      total: 4_500,
      kind: "about",
    });
    // 1,234 in the newest 2,000: about 62,000.
    expect(estimateTotal([1_234, 0, 0, 0], sizes, 300, 100_000)).toEqual({
      total: 62_000,
      kind: "about",
    });
    // Small counts keep their units.
    expect(estimateTotal([1], [2], 1, 8)).toEqual({ total: 4, kind: "about" });
    // Never fewer than were found.
    expect(estimateTotal([0, 312, 0, 0], sizes, 300, 6_100)).toEqual({ total: 320, kind: "about" });
  });
});
