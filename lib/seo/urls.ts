import { env } from "@/lib/env";
import { editionPath, type Edition } from "@/lib/i18n/editions";

/**
 * Absolute addresses for crawlers, feeds and social cards. Everything that
 * leaves the site (canonical links, sitemaps, feeds, JSON-LD) is built from
 * the configured SITE_URL, never from the request's Host header, which a
 * client controls.
 */
export function siteOrigin(siteUrl: string = env().SITE_URL): string {
  return siteUrl.replace(/\/+$/, "");
}

/** `path` ("/war", "/tag/drones") on the public site, as an absolute URL. */
export function absoluteUrl(path: string, siteUrl?: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  const origin = siteOrigin(siteUrl);
  if (path === "/" || path === "") return `${origin}/`;
  return `${origin}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The host name readers see, for stable feed GUIDs. */
export function siteHost(siteUrl?: string): string {
  return new URL(siteOrigin(siteUrl)).host;
}

export const paths = {
  home: "/",
  article: (slug: string, edition: Edition = "en") => editionPath(edition, `/${slug}`),
  section: (slug: string, edition: Edition = "en") => editionPath(edition, `/${slug}`),
  tag: (slug: string) => `/tag/${slug}`,
  author: (slug: string) => `/author/${slug}`,
  newsFeed: "/news-feed",
  corrections: "/corrections",
  search: "/search",
  siteFeed: "/feed",
  sectionFeed: (slug: string, edition: Edition = "en") => editionPath(edition, `/${slug}/feed`),
  tagFeed: (slug: string) => `/tag/${slug}/feed`,
  authorFeed: (slug: string) => `/author/${slug}/feed`,
  /** One update of a live blog, on a page of its own. */
  liveUpdate: (slug: string, id: string) => `/${slug}/updates/${id}`,
  /** A live blog's updates as RSS (the same address as a section's feed: slugs are unique). */
  liveFeed: (slug: string) => `/${slug}/feed`,
  /** An edition's own pages: its home, News Feed, search and feed. */
  edition: (edition: Edition) => ({
    home: editionPath(edition, "/"),
    newsFeed: editionPath(edition, "/news-feed"),
    search: editionPath(edition, "/search"),
    siteFeed: editionPath(edition, "/feed"),
  }),
  sitemapIndex: "/sitemap.xml",
  childSitemap: (name: string) => `/sitemaps/${name}`,
  logo: "/og/logo",
  /** A generated 1200×630 card; `version` changes whenever what it draws does. */
  ogCard: (kind: OgCardKind, key: string, version: string) =>
    `/og/${kind}/${encodeURIComponent(key)}?v=${version}`,
  /** A stored image cropped to one of the ratios Google asks for. */
  crop: (ratio: CropRatio, src: string) => `/og/crop/${ratio}${src.replace(/^\/media/, "")}`,
} as const;

export type OgCardKind = "article" | "section" | "tag" | "author" | "site";

export const CROP_RATIOS = {
  "16x9": { width: 1200, height: 675 },
  "4x3": { width: 1200, height: 900 },
  "1x1": { width: 1200, height: 1200 },
} as const;

export type CropRatio = keyof typeof CROP_RATIOS;

export function isCropRatio(value: string): value is CropRatio {
  return Object.hasOwn(CROP_RATIOS, value);
}
