import { isEdition, type Edition } from "@/lib/i18n/editions";

/**
 * Names of the child sitemaps under /sitemaps/. Articles are split by the
 * month of publication (UTC) and, should a month ever hold more, into parts
 * of ARTICLES_PER_SITEMAP; tags and authors into numbered parts. Every file
 * stays far below the protocol's 50,000 URLs and 50 MB.
 */
export const ARTICLES_PER_SITEMAP = 10_000;
export const TERMS_PER_SITEMAP = 10_000;
/** Google News reads at most 1,000 URLs per news sitemap. */
export const NEWS_SITEMAP_LIMIT = 1_000;
export const NEWS_WINDOW_MS = 48 * 3_600_000;

export type SitemapName =
  | { kind: "articles"; year: number; month: number; part: number }
  | { kind: "tags"; part: number }
  | { kind: "authors"; part: number }
  | { kind: "sections" }
  | { kind: "pages" }
  /** One news sitemap per edition (English when none is named), for `news:language`. */
  | { kind: "news"; edition?: Edition };

const pad = (n: number) => String(n).padStart(2, "0");

export function formatSitemapName(name: SitemapName): string {
  switch (name.kind) {
    case "articles":
      return `articles-${name.year}-${pad(name.month)}${name.part > 1 ? `-${name.part}` : ""}.xml`;
    case "tags":
    case "authors":
      return `${name.kind}-${name.part}.xml`;
    case "news":
      return name.edition && name.edition !== "en" ? `news-${name.edition}.xml` : "news.xml";
    default:
      return `${name.kind}.xml`;
  }
}

const ARTICLES = /^articles-(\d{4})-(\d{2})(?:-(\d{1,3}))?\.xml$/;
const TERMS = /^(tags|authors)-(\d{1,4})\.xml$/;

/** The sitemap a file name asks for, or null for anything we do not serve. */
export function parseSitemapName(file: string): SitemapName | null {
  if (file === "sections.xml") return { kind: "sections" };
  if (file === "pages.xml") return { kind: "pages" };
  if (file === "news.xml") return { kind: "news" };
  const news = /^news-([a-z]{2})\.xml$/.exec(file);
  if (news && isEdition(news[1]) && news[1] !== "en") return { kind: "news", edition: news[1] };
  const articles = ARTICLES.exec(file);
  if (articles) {
    const year = Number(articles[1]);
    const month = Number(articles[2]);
    const part = articles[3] ? Number(articles[3]) : 1;
    if (month < 1 || month > 12 || year < 1990 || part < 1) return null;
    // "-1" is the same file as no suffix; only one spelling is served.
    if (articles[3] && part === 1) return null;
    return { kind: "articles", year, month, part };
  }
  const terms = TERMS.exec(file);
  if (terms) {
    const part = Number(terms[2]);
    if (part < 1 || String(part) !== terms[2]) return null;
    return { kind: terms[1] as "tags" | "authors", part };
  }
  return null;
}

/** The UTC month [start, end) a monthly article sitemap covers. */
export function monthRange(year: number, month: number): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year, month - 1, 1)), end: new Date(Date.UTC(year, month, 1)) };
}
