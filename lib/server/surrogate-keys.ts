import { OVERFLOW_TAG } from "@/lib/cache/tags";

/**
 * Cache tags leave the app as surrogate keys, so an edge cache in front can
 * drop exactly the pages a change touches. Cached pages and route handlers
 * name their tags in an internal header; the app server turns it into the
 * header the configured edge reads (EDGE_SURROGATE_HEADER) and never lets
 * the internal one out.
 */
export const TAGS_HEADER = "x-newsroom-cache-tags";

export type SurrogateStyle = "xkey" | "surrogate-key" | "cache-tag" | "off";

const HEADER_NAMES: Record<Exclude<SurrogateStyle, "off">, string> = {
  // Varnish with vmod-xkey.
  xkey: "xkey",
  // Fastly and other CDNs that read Fastly's convention.
  "surrogate-key": "Surrogate-Key",
  // Cloudflare (Enterprise cache tags).
  "cache-tag": "Cache-Tag",
};

/**
 * The edge header for these tags, at most `maxBytes` long. Pages that list
 * many stories can carry more tags than an edge accepts; keys are then kept
 * broadest first, and the overflow key, which every change to any story
 * purges, stands in for the dropped ones, so a page is never left without a
 * key that a change to something it shows will purge.
 */
export function surrogateHeader(
  tags: readonly string[],
  style: SurrogateStyle,
  maxBytes = 4_000,
): { name: string; value: string } | null {
  if (style === "off" || !tags.length) return null;
  const separator = style === "cache-tag" ? "," : " ";
  const valid = [...new Set(tags)].filter(
    (tag) => /^[\x21-\x7e]+$/.test(tag) && !tag.includes(","),
  );
  // Entity keys (kind:id) are the most numerous; the few broad keys go first.
  const ordered = [
    ...valid.filter((tag) => !tag.includes(":")),
    ...valid.filter((tag) => tag.includes(":")),
  ];
  const kept: string[] = [];
  let bytes = 0;
  let overflowed = false;
  for (const tag of ordered) {
    const cost = tag.length + (kept.length ? separator.length : 0);
    if (bytes + cost > maxBytes - OVERFLOW_TAG.length - separator.length) {
      overflowed = true;
      break;
    }
    kept.push(tag);
    bytes += cost;
  }
  if (overflowed && !kept.includes(OVERFLOW_TAG)) kept.push(OVERFLOW_TAG);
  return kept.length ? { name: HEADER_NAMES[style], value: kept.join(separator) } : null;
}
