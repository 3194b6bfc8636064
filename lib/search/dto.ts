import type { ArticleSummaryDto } from "@/lib/articles/dto";

// Declared beside the query-string parser, named here for pages and components.
export type { SearchParams } from "./params";

export interface SearchHit {
  article: ArticleSummaryDto;
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  totalIsCapped: boolean;
  /** Result pages a reader can reach: only the newest matches are ranked. */
  pageCount: number;
  /** True when older matches lie beyond the last page (date filters reach them). */
  olderBeyond: boolean;
}
