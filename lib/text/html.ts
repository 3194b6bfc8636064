/**
 * The one escape for text put into hand-written markup: emails, the HTML in
 * feeds, and (after dropping what XML forbids) sitemaps and feeds. `&#39;`
 * rather than `&apos;` because it means the same in HTML 4, HTML 5 and XML.
 */
export function escapeHtml(value: string): string {
  return escapeHtmlText(value).replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Escapes text content only (never an attribute value): quotes may stay as they are. */
export function escapeHtmlText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
