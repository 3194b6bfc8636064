import { unstable_cache } from "next/cache";

// Next collects the tags of every unstable_cache call made while a page
// renders into that page's entry in the full-route cache. This call stores
// nothing of interest (one shared, constant entry); it exists to hand Next the
// tags of data read through our own cache, which are only known once the data
// is, and the data's time limit, which caps how long the page is kept.
const MAX_TAGS_PER_CALL = 64;
const noop = async () => true;

/**
 * Tags the page being rendered with what a value it shows depends on. Outside
 * a Next render (scripts, tests, the proxy) there is no page: nothing happens.
 */
export async function tagCurrentPage(tags: readonly string[], ttlMs: number): Promise<void> {
  if (!tags.length) return;
  const revalidate = Math.max(1, Math.floor(ttlMs / 1000));
  try {
    for (let start = 0; start < tags.length; start += MAX_TAGS_PER_CALL) {
      const chunk = tags.slice(start, start + MAX_TAGS_PER_CALL);
      await unstable_cache(noop, ["newsroom-page-tags"], { tags: chunk, revalidate })();
    }
  } catch {
    // No incremental cache here: not rendering a page.
  }
}
