/** How long a search may be, in characters; the form and the server agree on it. */
export const MAX_QUERY = 200;

export const SEARCH_PAGE_SIZE = 20;
/**
 * Relevance is ranked among the newest matches only: in a news archive a
 * common word can match most of 100,000 stories, and ranking them all costs
 * far more than it is worth. Date filters reach anything older.
 */
export const RANKED_CANDIDATES = 300;
/** How deep result pages go: as far as the ranked matches. */
export const MAX_PAGE = RANKED_CANDIDATES / SEARCH_PAGE_SIZE;

/**
 * The pages a reader can reach for a search with `total` matches, and
 * whether older matches lie beyond the last one.
 */
export function searchPages(total: number): { pageCount: number; olderBeyond: boolean } {
  return {
    pageCount: Math.ceil(Math.min(total, RANKED_CANDIDATES) / SEARCH_PAGE_SIZE),
    olderBeyond: total > RANKED_CANDIDATES,
  };
}

/** How a search's total was found: counted, counted up to a cap, or estimated. */
export type TotalKind = "exact" | "more-than" | "about";

/**
 * The total a search reports, from the matches each window held
 * (`counts[i]` for window i of `sizes`, the last entry for the whole
 * archive, 0 for a window not searched) and the archive's size. When a
 * window held `limit` matches, nothing wider was searched: its share of
 * the archive, scaled up, is the estimate ("about 2,600 results"), rounded
 * so as not to look more precise than it is. Otherwise the whole archive
 * was searched and its count is exact.
 */
export function estimateTotal(
  counts: readonly number[],
  sizes: readonly number[],
  limit: number,
  archive: number,
): { total: number; kind: TotalKind } {
  for (const [i, size] of sizes.entries()) {
    const found = counts[i] ?? 0;
    if (found < limit) continue;
    const scaled = Math.max(found, (found * archive) / size);
    // Two significant figures: 4, 47, 340, 4,500, 62,000.
    const step = 10 ** Math.max(0, Math.floor(Math.log10(scaled)) - 1);
    return { total: Math.max(found, Math.round(scaled / step) * step), kind: "about" };
  }
  return { total: counts[sizes.length] ?? 0, kind: "exact" };
}
