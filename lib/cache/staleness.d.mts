// Types for lib/cache/staleness.mjs (plain JavaScript: the page cache handler imports it).
export declare const RACE_WINDOW_MS: number;
export interface Clock {
  tags: Map<string, number>;
  everythingBefore: number;
}
export declare function tagClock(): Clock;
export declare function isInvalidated(storedAt: number, tags: Iterable<string>): boolean;
