import type { ArticleSummaryDto } from "@/lib/articles/dto";

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
