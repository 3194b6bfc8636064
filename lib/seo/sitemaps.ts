import "server-only";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { getSiteSettings } from "@/lib/site/settings";
import { editionSite } from "@/lib/i18n/edition-site";
import { EDITION_INFO, EDITIONS, type Edition } from "@/lib/i18n/editions";
import {
  formatSitemapName,
  monthRange,
  TERMS_PER_SITEMAP,
  ARTICLES_PER_SITEMAP,
  type SitemapName,
} from "./sitemap-names";
import {
  getNewestPublication,
  listArticleMonths,
  listMonthArticles,
  listNewsArticles,
  listSitemapPages,
  listSitemapSections,
  listTermParts,
  listTerms,
} from "./sitemap-queries";
import {
  renderNewsSitemap,
  renderSitemapIndex,
  renderUrlSet,
  type SitemapIndexEntry,
} from "./sitemap-xml";
import { absoluteUrl, paths } from "./urls";
import type { XmlFile } from "./xml-response";

// A publish drops every sitemap through the `sitemap` tag (articleChangeTags);
// renaming a section, tag or author drops the files that list them. The time
// limits only catch what no write announces: embargoed stories coming due,
// and stories ageing out of the 48-hour news window.
const SITEMAP_TTL = 15 * MINUTE;
const NEWS_TTL = 5 * MINUTE;
const TERM_TAGS = { tags: tags.topics, authors: tags.authors } as const;

export function getSitemapIndex(): Promise<XmlFile> {
  return cached("seo:sitemap-index", SITEMAP_TTL, async () => {
    const [months, tagParts, authorParts, pages, newest, newestByEdition] = await Promise.all([
      listArticleMonths(),
      listTermParts("tags", TERMS_PER_SITEMAP),
      listTermParts("authors", TERMS_PER_SITEMAP),
      listSitemapPages(),
      newestOfAll(),
      Promise.all(EDITIONS.map((edition) => getNewestPublication(new Date(), edition))),
    ]);
    const entry = (name: SitemapName, lastmod: Date | null): SitemapIndexEntry => ({
      loc: absoluteUrl(paths.childSitemap(formatSitemapName(name))),
      lastmod,
    });
    const parts = (count: number, per: number) =>
      Array.from({ length: Math.ceil(count / per) }, (_, index) => index + 1);
    // Each entry's lastmod is the newest lastmod inside that file.
    const entries: SitemapIndexEntry[] = [
      entry(
        { kind: "pages" },
        maxDate([...(newest ? [newest] : []), ...pages.map((p) => p.lastmod)]),
      ),
      entry({ kind: "sections" }, newest),
      ...tagParts.map(({ part, lastmod }) => entry({ kind: "tags", part }, lastmod)),
      ...authorParts.map(({ part, lastmod }) => entry({ kind: "authors", part }, lastmod)),
      ...EDITIONS.map((edition, index) =>
        entry(
          edition === "en" ? { kind: "news" } : { kind: "news", edition },
          newestByEdition[index] ?? null,
        ),
      ),
      ...months.flatMap((month) =>
        parts(month.count, ARTICLES_PER_SITEMAP).map((part) =>
          entry({ kind: "articles", year: month.year, month: month.month, part }, month.lastmod),
        ),
      ),
    ];
    return {
      value: { body: renderSitemapIndex(entries) },
      tags: [tags.sitemap, tags.topics, tags.authors, tags.sections],
    };
  });
}

/** A child sitemap, or null when the name asks for one that does not exist. */
export function getChildSitemap(name: SitemapName): Promise<XmlFile | null> {
  const key = `seo:sitemap:${formatSitemapName(name)}`;
  return cached(key, name.kind === "news" ? NEWS_TTL : SITEMAP_TTL, async () => ({
    value: await buildChild(name),
    tags: [
      tags.sitemap,
      ...(name.kind === "tags" || name.kind === "authors" ? [TERM_TAGS[name.kind]] : []),
      ...(name.kind === "sections" ? [tags.sections] : []),
      ...(name.kind === "news" ? [tags.settings] : []),
    ],
  }));
}

async function buildChild(name: SitemapName): Promise<XmlFile | null> {
  switch (name.kind) {
    case "articles": {
      const articles = await listMonthArticles(monthRange(name.year, name.month), name.part);
      if (!articles.length) return null;
      return {
        body: renderUrlSet(
          articles.map((article) => ({
            loc: absoluteUrl(paths.article(article.slug, article.edition)),
            lastmod: article.lastmod,
            alternates: article.translations.length
              ? alternates(
                  [article, ...article.translations].map((a) => [
                    a.edition,
                    paths.article(a.slug, a.edition),
                  ]),
                )
              : undefined,
            images: article.image ? [absoluteUrl(article.image)] : [],
          })),
        ),
      };
    }
    case "tags":
    case "authors": {
      const terms = await listTerms(name.kind, name.part, TERMS_PER_SITEMAP);
      if (!terms.length) return null;
      const path = name.kind === "tags" ? paths.tag : paths.author;
      return {
        body: renderUrlSet(
          terms.map((term) => ({ loc: absoluteUrl(path(term.slug)), lastmod: term.lastmod })),
        ),
      };
    }
    case "sections": {
      const sections = await listSitemapSections();
      return {
        body: renderUrlSet(
          sections.map((section) => ({
            loc: absoluteUrl(paths.section(section.slug, section.edition)),
            lastmod: section.lastmod,
          })),
        ),
      };
    }
    case "pages": {
      const [pages, newest] = await Promise.all([
        listSitemapPages(),
        Promise.all(EDITIONS.map((edition) => getNewestPublication(new Date(), edition))),
      ]);
      // Every edition's home and News Feed, each naming the others.
      const pageOf = (page: "home" | "newsFeed") =>
        EDITIONS.map((edition, index) => ({
          loc: absoluteUrl(paths.edition(edition)[page]),
          lastmod: newest[index] ?? null,
          alternates: alternates(EDITIONS.map((other) => [other, paths.edition(other)[page]])),
        }));
      const entries = [
        ...pageOf("home"),
        ...pageOf("newsFeed"),
        { loc: absoluteUrl(paths.corrections), lastmod: null },
        ...pages.map((page) => ({
          loc: absoluteUrl(paths.article(page.slug)),
          lastmod: page.lastmod,
        })),
      ];
      return {
        body: renderUrlSet(entries),
      };
    }
    case "news": {
      // An empty news sitemap is still a valid, useful answer ("nothing new").
      const edition = name.edition ?? "en";
      const [articles, settings] = await Promise.all([
        listNewsArticles(new Date(), edition),
        getSiteSettings(),
      ]);
      const site = editionSite(settings, edition);
      return {
        body: renderNewsSitemap(
          articles.map((article) => ({
            loc: absoluteUrl(paths.article(article.slug, edition)),
            title: article.title,
            publishedAt: article.publishedAt,
          })),
          { name: site.name, language: site.language },
        ),
      };
    }
  }
}

/** `xhtml:link` alternates from (edition, path) pairs. */
function alternates(pairs: [Edition, string][]): { hreflang: string; href: string }[] {
  // In the editions' order, so every page of a set names them alike.
  const ordered = [...pairs].sort(([a], [b]) => EDITIONS.indexOf(a) - EDITIONS.indexOf(b));
  return ordered.map(([edition, path]) => ({
    hreflang: EDITION_INFO[edition].lang,
    href: absoluteUrl(path),
  }));
}

/** The newest publication in any edition. */
async function newestOfAll(): Promise<Date | null> {
  const dates = await Promise.all(
    EDITIONS.map((edition) => getNewestPublication(new Date(), edition)),
  );
  return maxDate(dates.filter((date): date is Date => date !== null));
}

function maxDate(dates: Date[]): Date | null {
  let max: Date | null = null;
  for (const date of dates) if (!max || date > max) max = date;
  return max;
}
