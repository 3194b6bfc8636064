import { describe, expect, it } from "vitest";
import { MAX_PAGE, RANKED_CANDIDATES, SEARCH_PAGE_SIZE, searchPages } from "./limits";

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
