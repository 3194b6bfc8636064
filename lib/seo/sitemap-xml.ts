import { element, escapeXml, w3cDateTime, XML_DECLARATION } from "./xml";

/** Sitemap documents as the protocol (sitemaps.org 0.9) and Google's extensions define them. */

export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
export const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
export const XHTML_NS = "http://www.w3.org/1999/xhtml";

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  lastmod: Date | null;
  /** Absolute image URLs; Google no longer reads captions, so none are sent. */
  images?: string[];
  /**
   * The same page in every language it exists in, this one included
   * (`hreflang` → absolute URL), as `xhtml:link` alternates.
   */
  alternates?: { hreflang: string; href: string }[];
}

export interface SitemapIndexEntry {
  loc: string;
  lastmod: Date | null;
}

export interface NewsEntry {
  loc: string;
  title: string;
  publishedAt: Date;
}

export function renderSitemapIndex(entries: SitemapIndexEntry[]): string {
  const items = entries.map(
    (entry) =>
      `<sitemap>${element("loc", entry.loc)}${entry.lastmod ? element("lastmod", w3cDateTime(entry.lastmod)) : ""}</sitemap>`,
  );
  return `${XML_DECLARATION}\n<sitemapindex xmlns="${SITEMAP_NS}">\n${items.join("\n")}\n</sitemapindex>\n`;
}

export function renderUrlSet(entries: SitemapEntry[]): string {
  const withImages = entries.some((entry) => entry.images?.length);
  const withAlternates = entries.some((entry) => entry.alternates?.length);
  const items = entries.map((entry) => {
    const images = (entry.images ?? [])
      .map((src) => `<image:image>${element("image:loc", src)}</image:image>`)
      .join("");
    const lastmod = entry.lastmod ? element("lastmod", w3cDateTime(entry.lastmod)) : "";
    const alternates = (entry.alternates ?? [])
      .map(
        (link) =>
          `<xhtml:link rel="alternate" hreflang="${escapeXml(link.hreflang)}" href="${escapeXml(link.href)}"/>`,
      )
      .join("");
    return `<url>${element("loc", entry.loc)}${lastmod}${alternates}${images}</url>`;
  });
  const ns =
    `xmlns="${SITEMAP_NS}"` +
    (withAlternates ? ` xmlns:xhtml="${XHTML_NS}"` : "") +
    (withImages ? ` xmlns:image="${IMAGE_NS}"` : "");
  return `${XML_DECLARATION}\n<urlset ${ns}>\n${items.join("\n")}\n</urlset>\n`;
}

export function renderNewsSitemap(
  entries: NewsEntry[],
  publication: { name: string; language: string },
): string {
  const pub =
    `<news:publication>${element("news:name", publication.name)}` +
    `${element("news:language", newsLanguage(publication.language))}</news:publication>`;
  const items = entries.map(
    (entry) =>
      `<url>${element("loc", entry.loc)}<news:news>${pub}` +
      `${element("news:publication_date", w3cDateTime(entry.publishedAt))}` +
      `${element("news:title", entry.title)}</news:news></url>`,
  );
  return `${XML_DECLARATION}\n<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${items.join("\n")}\n</urlset>\n`;
}

/**
 * Google News wants an ISO 639 code, with zh-cn and zh-tw as the only
 * regional forms; "en-GB" becomes "en".
 */
export function newsLanguage(language: string): string {
  const lower = language.trim().toLowerCase().replace("_", "-");
  if (lower === "zh-cn" || lower === "zh-tw") return lower;
  return /^[a-z]{2,3}/.exec(lower)?.[0] ?? "en";
}
