/**
 * A path on this site to return to after signing in, or the fallback. Only
 * plain site paths pass: browsers drop tabs and newlines from URLs and read
 * backslashes as slashes, so "/\t/evil.example" would otherwise leave the site.
 */
export function safeReturnPath(value: unknown, fallback = "/editor"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return fallback;
  if (/[\\\s\x00-\x1f\x7f]/.test(value) || value.startsWith("//")) return fallback;
  const base = "http://site.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  return url.pathname + url.search + url.hash;
}
