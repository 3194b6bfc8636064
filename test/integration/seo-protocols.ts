import {
  childrenOf,
  onlyText,
  parseXml,
  RFC822_DATETIME,
  W3C_DATETIME,
  type XmlElement,
} from "./seo-xml-check";

/**
 * The rules of the sitemap protocol's schemas (sitemap.xsd, siteindex.xsd),
 * Google's image and news extensions, and RSS 2.0, checked on a parsed
 * document. Each returns what tests usually want to look at next, and
 * throws on the first violation, so Vitest and Playwright can both use them.
 */
export const NS = {
  sitemap: "http://www.sitemaps.org/schemas/sitemap/0.9",
  image: "http://www.google.com/schemas/sitemap-image/1.1",
  news: "http://www.google.com/schemas/sitemap-news/0.9",
  xhtml: "http://www.w3.org/1999/xhtml",
  atom: "http://www.w3.org/2005/Atom",
  dc: "http://purl.org/dc/elements/1.1/",
  content: "http://purl.org/rss/1.0/modules/content/",
  media: "http://search.yahoo.com/mrss/",
} as const;

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const MAX_URLS = 50_000;
const MAX_BYTES = 50 * 1024 * 1024;

function checkSize(xml: string) {
  check(Buffer.byteLength(xml, "utf8") <= MAX_BYTES, "file is over 50 MB");
}

function checkLoc(loc: string, origin: string) {
  check(loc.length <= 2048, `URL longer than 2,048 characters: ${loc}`);
  check(loc.startsWith(`${origin}/`), `URL not on ${origin}: ${loc}`);
  check(URL.canParse(loc), `not a URL: ${loc}`);
}

function checkOnly(el: XmlElement, allowed: [string, string][]) {
  for (const child of el.children) {
    const ok = allowed.some(([ns, name]) => child.ns === ns && child.name === name);
    check(ok, `<${child.qname}> is not allowed in <${el.qname}>`);
  }
}

export interface UrlsetEntry {
  loc: string;
  lastmod: string | null;
  images: string[];
  /** hreflang alternates (`xhtml:link`), the page itself among them. */
  alternates: { hreflang: string; href: string }[];
}

export function checkUrlset(xml: string, origin: string): UrlsetEntry[] {
  checkSize(xml);
  const root = parseXml(xml);
  check(root.ns === NS.sitemap && root.name === "urlset", `root is <${root.qname}>`);
  checkOnly(root, [[NS.sitemap, "url"]]);
  const urls = childrenOf(root, NS.sitemap, "url");
  check(urls.length <= MAX_URLS, `${urls.length} URLs in one file`);
  return urls.map((url) => {
    checkOnly(url, [
      [NS.sitemap, "loc"],
      [NS.sitemap, "lastmod"],
      [NS.image, "image"],
      [NS.news, "news"],
      [NS.xhtml, "link"],
    ]);
    const loc = onlyText(url, NS.sitemap, "loc");
    checkLoc(loc, origin);
    const lastmods = childrenOf(url, NS.sitemap, "lastmod");
    check(lastmods.length <= 1, `several <lastmod> for ${loc}`);
    const lastmod = lastmods[0]?.text ?? null;
    check(lastmod === null || W3C_DATETIME.test(lastmod), `bad lastmod ${lastmod}`);
    const images = childrenOf(url, NS.image, "image").map((image) => {
      checkOnly(image, [[NS.image, "loc"]]);
      const src = onlyText(image, NS.image, "loc");
      check(URL.canParse(src), `bad image:loc ${src}`);
      return src;
    });
    // hreflang alternates: each a language and an address of this site, and
    // a page that names any names itself too (as Google asks).
    const alternates = childrenOf(url, NS.xhtml, "link").map((link) => {
      check(link.attrs.rel === "alternate", `xhtml:link rel="${link.attrs.rel}" for ${loc}`);
      const hreflang = link.attrs.hreflang ?? "";
      check(/^[a-z]{2,3}(-[A-Za-z]{2})?$|^x-default$/.test(hreflang), `bad hreflang ${hreflang}`);
      checkLoc(link.attrs.href ?? "", origin);
      return { hreflang, href: link.attrs.href ?? "" };
    });
    check(
      !alternates.length || alternates.some((link) => link.href === loc),
      `the alternates of ${loc} leave it out`,
    );
    // The image extension allows at most 1,000 images per page.
    check(images.length <= 1000, `too many images for ${loc}`);
    return { loc, lastmod, images, alternates };
  });
}

export function checkSitemapIndex(xml: string, origin: string): UrlsetEntry[] {
  checkSize(xml);
  const root = parseXml(xml);
  check(root.ns === NS.sitemap && root.name === "sitemapindex", `root is <${root.qname}>`);
  checkOnly(root, [[NS.sitemap, "sitemap"]]);
  const entries = childrenOf(root, NS.sitemap, "sitemap");
  check(entries.length <= MAX_URLS, `${entries.length} sitemaps in one index`);
  return entries.map((entry) => {
    checkOnly(entry, [
      [NS.sitemap, "loc"],
      [NS.sitemap, "lastmod"],
    ]);
    const loc = onlyText(entry, NS.sitemap, "loc");
    checkLoc(loc, origin);
    const lastmod = childrenOf(entry, NS.sitemap, "lastmod")[0]?.text ?? null;
    check(lastmod === null || W3C_DATETIME.test(lastmod), `bad lastmod ${lastmod}`);
    return { loc, lastmod, images: [], alternates: [] };
  });
}

export interface NewsEntry {
  loc: string;
  name: string;
  language: string;
  publishedAt: string;
  title: string;
}

export function checkNewsSitemap(xml: string, origin: string): NewsEntry[] {
  const entries = checkUrlset(xml, origin);
  const root = parseXml(xml);
  const urls = childrenOf(root, NS.sitemap, "url");
  // Google News reads at most 1,000 URLs per news sitemap.
  check(urls.length <= 1000, `${urls.length} URLs in a news sitemap`);
  return urls.map((url, index) => {
    const news = childrenOf(url, NS.news, "news");
    check(news.length === 1, "want one <news:news> per URL");
    const item = news[0]!;
    const publication = childrenOf(item, NS.news, "publication");
    check(publication.length === 1, "want one <news:publication>");
    const language = onlyText(publication[0]!, NS.news, "language");
    check(/^([a-z]{2,3}|zh-cn|zh-tw)$/.test(language), `bad news:language ${language}`);
    const publishedAt = onlyText(item, NS.news, "publication_date");
    check(W3C_DATETIME.test(publishedAt), `bad news:publication_date ${publishedAt}`);
    return {
      loc: entries[index]!.loc,
      name: onlyText(publication[0]!, NS.news, "name"),
      language,
      publishedAt,
      title: onlyText(item, NS.news, "title"),
    };
  });
}

export interface RssItemCheck {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  creators: string[];
  categories: string[];
  content: string | null;
  image: string | null;
}

/** RSS 2.0 (rssboard.org) plus the atom, dc, content and media modules. */
export function checkRss(
  xml: string,
  origin: string,
  selfUrl: string,
): { title: string; items: RssItemCheck[] } {
  const root = parseXml(xml);
  check(root.ns === "" && root.name === "rss" && root.attrs.version === "2.0", "not RSS 2.0");
  const channels = childrenOf(root, "", "channel");
  check(channels.length === 1, "want one <channel>");
  const channel = channels[0]!;
  const title = onlyText(channel, "", "title");
  checkLoc(onlyText(channel, "", "link"), origin);
  check(onlyText(channel, "", "description") !== "", "empty channel description");
  const self = childrenOf(channel, NS.atom, "link");
  const selfAttrs = self[0]?.attrs;
  check(
    self.length === 1 &&
      selfAttrs?.href === selfUrl &&
      selfAttrs.rel === "self" &&
      selfAttrs.type === "application/rss+xml",
    `want one atom:link rel="self" to ${selfUrl}`,
  );
  for (const date of childrenOf(channel, "", "lastBuildDate")) {
    check(RFC822_DATETIME.test(date.text), `bad lastBuildDate ${date.text}`);
  }

  const items = childrenOf(channel, "", "item").map((item) => {
    const guid = childrenOf(item, "", "guid");
    check(guid.length === 1, "want one <guid> per item");
    const pubDate = onlyText(item, "", "pubDate");
    check(RFC822_DATETIME.test(pubDate), `bad pubDate ${pubDate}`);
    const link = onlyText(item, "", "link");
    checkLoc(link, origin);
    const media = childrenOf(item, NS.media, "content");
    check(media.length <= 1, "several media:content");
    check(!media[0] || URL.canParse(media[0].attrs.url ?? ""), "bad media:content url");
    const content = childrenOf(item, NS.content, "encoded");
    return {
      title: onlyText(item, "", "title"),
      link,
      guid: guid[0]!.text,
      pubDate,
      creators: childrenOf(item, NS.dc, "creator").map((el) => el.text),
      categories: childrenOf(item, "", "category").map((el) => el.text),
      content: content[0]?.text ?? null,
      image: media[0]?.attrs.url ?? null,
    };
  });
  return { title, items };
}
