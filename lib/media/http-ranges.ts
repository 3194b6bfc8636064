/**
 * Reads a single `bytes=` range. Per RFC 9110 a header we do not understand
 * (another unit, several ranges, bad syntax) is ignored, giving the whole
 * file; only a well-formed range outside the file is "unsatisfiable".
 */
export function parseRange(
  header: string | null,
  size: number,
): { start: number; end: number } | null | "unsatisfiable" {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (!match[1] && !match[2])) return null;
  if (!match[1]) {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const last = match[2] ? Number(match[2]) : Infinity;
  if (last < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end: Math.min(last, size - 1) };
}

/**
 * A stored file's entity tag. Keys name their content (a hash, and a width
 * for copies), so the key itself is a strong validator on every server and
 * in every store alike.
 */
export function mediaEtag(key: string): string {
  const name = key.split("/").pop() ?? key;
  return `"${name.replace(/\.[a-z0-9]+$/, "")}"`;
}

/** Does an If-None-Match header name this tag (or `*`)? Weak forms match too (RFC 9110 13.1.2). */
export function matchesNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}

/**
 * If-Range: a range applies only while the file is still the one the client
 * has; a date or another tag means "send the whole file" (RFC 9110 13.1.5).
 * Strong comparison, so a weak tag never matches.
 */
export function rangeStillApplies(header: string | null, etag: string): boolean {
  return !header || header.trim() === etag;
}
