/**
 * Slug rules shared by articles, pages and sections, which all live at the
 * site root (`/{slug}`).
 */

import { transliterateUkrainian } from "./transliterate";

/**
 * The site's own pages at the root, drawn by the one `[slug]` route
 * (`/` is rewritten to `home`).
 */
export const SITE_PAGE_SLUGS = {
  home: "home",
  newsFeed: "news-feed",
  corrections: "corrections",
  newsletters: "newsletters",
  membership: "membership",
} as const;

/** First path segments the app itself owns; no content may take them. */
export const RESERVED_SLUGS = new Set<string>([
  ...Object.values(SITE_PAGE_SLUGS),
  "_next",
  "account",
  "api",
  "author",
  "authors",
  "comments",
  "corrections",
  "editor",
  "favicon.ico",
  "feed",
  "feeds",
  "fragments",
  "healthz",
  "home",
  "login",
  "logout",
  "media",
  "membership",
  "metrics",
  "news-feed",
  "newsletter",
  "newsletters",
  "og",
  "preview",
  "robots.txt",
  "rss",
  "search",
  "sitemap",
  "sitemap.xml",
  "sitemaps",
  "static",
  "tag",
  "tags",
  // Editions' prefixes (lib/i18n/editions.ts).
  "en",
  "uk",
]);

export const SLUG_MAX_LENGTH = 120;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turns a title into a slug: lower-case ASCII words joined by hyphens.
 * Ukrainian is transliterated first (lib/slugs/transliterate.ts); without
 * it a Ukrainian headline would keep only its digits.
 */
export function slugify(input: string): string {
  const slug = transliterateUkrainian(input)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’ʼ`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-[^-]*$/, "");
}

export type SlugProblem = "empty" | "too-long" | "format" | "reserved";

export function checkSlug(slug: string): SlugProblem | null {
  if (!slug) return "empty";
  if (slug.length > SLUG_MAX_LENGTH) return "too-long";
  if (!SLUG_PATTERN.test(slug)) return "format";
  if (RESERVED_SLUGS.has(slug)) return "reserved";
  return null;
}

export const SLUG_PROBLEM_MESSAGES: Record<SlugProblem, string> = {
  empty: "Enter a slug.",
  "too-long": `Use at most ${SLUG_MAX_LENGTH} characters.`,
  format: "Use lower-case letters, digits and single hyphens only.",
  reserved: "This address is used by the site itself; choose another.",
};
