import type { ArticleSummaryDto } from "@/lib/articles/dto";
import type { TotalKind } from "./limits";

// Declared beside the query-string parser, named here for pages and components.
export type { SearchParams } from "./params";

export interface SearchHit {
  article: ArticleSummaryDto;
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** Counted, counted up to a cap ("more than"), or estimated ("about"). */
  totalKind: TotalKind;
  /** Result pages a reader can reach: only the newest matches are ranked. */
  pageCount: number;
  /** True when older matches lie beyond the last page (date filters reach them). */
  olderBeyond: boolean;
}
