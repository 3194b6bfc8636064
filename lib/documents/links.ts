/** The link targets a reader may be sent to: http(s), mailto, or this site. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|\/(?!\/))/i.test(href.trim()) && !/[\u0000-\u001f]/.test(href);
}

export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href);
}
