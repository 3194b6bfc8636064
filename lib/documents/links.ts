/**
 * The link targets a reader may be sent to: http(s), mailto, or a path on
 * this site. Backslashes, whitespace and control characters are refused
 * outright, since browsers read `/\host` as another site.
 */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return false;
  return /^(https?:\/\/[^/]|mailto:|\/(?!\/))/i.test(value);
}

export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href);
}
