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
