import { element, emptyElement, escapeText, escapeXml, rfc822, XML_DECLARATION } from "./xml";

/**
 * RSS 2.0 with the modules feed readers and aggregators read: `atom:link
 * rel="self"`, `dc:creator` per author (RSS's own `<author>` wants an email
 * address), `content:encoded` for the full text and Media RSS for the hero.
 */

export const RSS_NAMESPACES = {
  atom: "http://www.w3.org/2005/Atom",
  dc: "http://purl.org/dc/elements/1.1/",
  content: "http://purl.org/rss/1.0/modules/content/",
  media: "http://search.yahoo.com/mrss/",
} as const;

export interface RssImage {
  url: string;
  type: string;
  width: number;
  height: number;
  alt: string;
  credit: string;
}

export interface RssItem {
  title: string;
  link: string;
  /** Stable across slug changes and edits; not a URL. */
  guid: string;
  pubDate: Date;
  description: string;
  contentHtml: string | null;
  creators: string[];
  categories: string[];
  image: RssImage | null;
}

export interface RssChannel {
  title: string;
  link: string;
  description: string;
  language: string;
  selfUrl: string;
  items: RssItem[];
}

export function renderRss(channel: RssChannel): string {
  const ns = Object.entries(RSS_NAMESPACES)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join("");
  // The newest item's time rather than "now", so an unchanged feed is
  // byte-for-byte the same and its ETag lets pollers skip the download.
  const newest = channel.items.reduce<Date | null>(
    (max, item) => (!max || item.pubDate > max ? item.pubDate : max),
    null,
  );
  const head = [
    element("title", channel.title),
    element("link", channel.link),
    element("description", channel.description || channel.title),
    element("language", channel.language),
    emptyElement("atom:link", { href: channel.selfUrl, rel: "self", type: "application/rss+xml" }),
    newest ? element("lastBuildDate", rfc822(newest)) : "",
    element("docs", "https://www.rssboard.org/rss-specification"),
  ].filter(Boolean);
  const items = channel.items.map(renderItem);
  return `${XML_DECLARATION}\n<rss version="2.0"${ns}>\n<channel>\n${head.join("\n")}\n${items.join("\n")}\n</channel>\n</rss>\n`;
}

function renderItem(item: RssItem): string {
  const parts = [
    element("title", item.title),
    element("link", item.link),
    `<guid isPermaLink="false">${escapeText(item.guid)}</guid>`,
    element("pubDate", rfc822(item.pubDate)),
    element("description", item.description),
    ...item.creators.map((name) => element("dc:creator", name)),
    ...item.categories.map((name) => element("category", name)),
    item.contentHtml ? element("content:encoded", item.contentHtml) : "",
    item.image ? mediaContent(item.image) : "",
  ];
  return `<item>${parts.filter(Boolean).join("")}</item>`;
}

function mediaContent(image: RssImage): string {
  const attrs = [
    ["url", image.url],
    ["type", image.type],
    ["medium", "image"],
    ["width", String(image.width)],
    ["height", String(image.height)],
  ]
    .map(([key, value]) => ` ${key}="${escapeXml(value ?? "")}"`)
    .join("");
  const children = [
    image.alt ? `<media:description type="plain">${escapeText(image.alt)}</media:description>` : "",
    element("media:credit", image.credit),
  ].join("");
  return children
    ? `<media:content${attrs}>${children}</media:content>`
    : `<media:content${attrs}/>`;
}
