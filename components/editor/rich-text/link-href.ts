import { isSafeHref } from "@/lib/documents/links";

export const MAX_HREF_LENGTH = 2048;

export type LinkHrefResult = { ok: true; href: string } | { ok: false; error: string };

const BARE_DOMAIN = /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i;
const BARE_EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[a-z]{2,}$/i;

/**
 * Turns what a journalist typed into the link dialog into a safe href:
 * "example.com/a" gains https://, "name@example.com" gains mailto:, and
 * anything that is not http(s), mailto or a path on this site is refused.
 */
export function normalizeLinkHref(input: string): LinkHrefResult {
  let href = input.trim();
  if (!href) return { ok: false, error: "Enter a link address." };
  if (BARE_EMAIL.test(href)) href = `mailto:${href}`;
  else if (BARE_DOMAIN.test(href)) href = `https://${href}`;

  if (href.length > MAX_HREF_LENGTH) return { ok: false, error: "That address is too long." };
  if (!isSafeHref(href)) {
    return {
      ok: false,
      error: "Links must start with https://, http://, mailto: or / (a page on this site).",
    };
  }
  return { ok: true, href };
}
