// Types for the page cache handler, which is plain JavaScript because Next
// loads it outside the app's bundles.
export declare const RACE_WINDOW_MS: number;

export interface StoredPage {
  lastModified: number;
  // Next's own cache entry, opaque here.
  value: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  cacheControl?: unknown;
}

export default class PageCacheHandler {
  constructor(context: unknown);
  get(key: string): Promise<StoredPage | null>;
  set(
    key: string,
    value: unknown,
    context?: { tags?: string[]; cacheControl?: unknown },
  ): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
