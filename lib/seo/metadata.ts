import type { Metadata } from "next";
import type { ArticleDetailDto } from "@/lib/articles/dto";
import { olderPath } from "@/lib/articles/cursor";
import { articleDescription } from "@/lib/articles/description";
import { formatDateRange } from "@/lib/dates/format";
import type { SiteSettingsDto } from "@/lib/site/dto";
import { EDITION_INFO, EDITIONS, type Edition } from "@/lib/i18n/editions";
import type { ArticleSeoDto } from "./article-seo";
import { articleCardPath, OG_CARD_SIZE, plainCardPath } from "./og-card-version";
import { PODCAST_FEED_PATH } from "./feeds-podcast";
import { ogLocale, xHandle } from "./social";
import { absoluteUrl, paths, type OgCardKind } from "./urls";

/**
 * Metadata for every reader page, built the same way: a unique title and
 * description, an absolute canonical URL from SITE_URL, Open Graph and
 * Twitter cards with a generated (or chosen) image, and RSS autodiscovery.
 */

interface Feed {
  path: string;
  title: string;
}

interface PageInput {
  site: SiteSettingsDto;
  /** Shown in the browser tab and results; the site's name is appended. */
  title: string;
  /** A title that already names the site (the home page's). */
  titleIsComplete?: boolean;
  /** For social cards, without the site name. */
  shareTitle?: string;
  description: string;
  path: string;
  /** A deeper page of a list (`…/older/{cursor}`): not indexed, canonical to itself. */
  deeper?: boolean;
  /** Robots directives for an indexable page (articles ask for large previews). */
  robots?: Metadata["robots"];
  feeds?: Feed[];
  /**
   * The same page in each edition that has it (`hreflang` → path), this
   * page included; each page stays canonical to itself.
   */
  languages?: Partial<Record<Edition, string>>;
  image: { url: string; width: number; height: number; alt: string };
  type?: "website" | "profile";
}

function pageMetadata(input: PageInput): Metadata {
  const { site } = input;
  const canonical = absoluteUrl(input.path);
  const shareTitle = input.shareTitle ?? input.title;
  const image = { ...input.image, url: absoluteUrl(input.image.url) };
  return {
    title: titleWithSite(input.title, site.name, input.titleIsComplete),
    description: input.description,
    alternates: {
      canonical,
      languages: input.languages ? hreflangLinks(input.languages) : undefined,
      types: input.feeds?.length
        ? {
            "application/rss+xml": input.feeds.map((feed) => ({
              url: absoluteUrl(feed.path),
              title: feed.title,
            })),
          }
        : undefined,
    },
    // Deeper pages of a list move every time a story is published: they are
    // followed for the stories they link to but not indexed (the sitemaps
    // list every story anyway).
    robots: input.deeper ? { index: false, follow: true } : input.robots,
    openGraph: {
      type: input.type ?? "website",
      url: canonical,
      siteName: site.name,
      title: shareTitle,
      description: input.description,
      locale: ogLocale(site.language),
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      site: xHandle(site.socialLinks),
      title: shareTitle,
      description: input.description,
      images: [image],
    },
  };
}

/**
 * "{title} | {site}", unless the title is complete already or names the
 * site itself ("About The Northern Dispatch"), which would say it twice.
 */
export function titleWithSite(title: string, siteName: string, complete = false): string {
  if (complete || title.toLowerCase().includes(siteName.toLowerCase())) return title;
  return `${title} | ${siteName}`;
}

const siteFeed = (site: SiteSettingsDto, edition: Edition = "en"): Feed => ({
  path: paths.edition(edition).siteFeed,
  title: site.name,
});

/** `hreflang` codes to absolute URLs, in the editions' order. */
export function hreflangLinks(languages: Partial<Record<Edition, string>>): Record<string, string> {
  return Object.fromEntries(
    EDITIONS.flatMap((edition) => {
      const path = languages[edition];
      return path ? [[EDITION_INFO[edition].lang, absoluteUrl(path)]] : [];
    }),
  );
}

/** What an older page of a list shows: the days its stories were published. */
export interface ListPageSpan {
  newest: Date;
  oldest: Date;
}

/** The span of a page of a list (newest first), or null when it is empty. */
export function listPageSpan(items: { publishedAt: Date }[]): ListPageSpan | null {
  const newest = items[0]?.publishedAt;
  const oldest = items.at(-1)?.publishedAt;
  return newest && oldest ? { newest, oldest } : null;
}

function cardImage(
  kind: Exclude<OgCardKind, "article">,
  key: string,
  kicker: string,
  title: string,
  site: SiteSettingsDto,
) {
  return {
    url: plainCardPath(kind, key, { kicker, title, siteName: site.name }),
    ...OG_CARD_SIZE,
    alt: title,
  };
}

export function homeMetadata(site: SiteSettingsDto, edition: Edition = "en"): Metadata {
  return pageMetadata({
    site,
    title: site.tagline ? `${site.name}: ${site.tagline}` : site.name,
    titleIsComplete: true,
    shareTitle: site.name,
    description: site.description || site.tagline,
    path: paths.edition(edition).home,
    feeds: [siteFeed(site, edition)],
    languages: Object.fromEntries(EDITIONS.map((other) => [other, paths.edition(other).home])),
    image: cardImage("site", "home", site.tagline, site.name, site),
  });
}

/** Sections, tags, authors and the News Feed: lists with a feed of their own. */
export function listMetadata(input: {
  site: SiteSettingsDto;
  kind: "section" | "tag" | "author" | "site";
  key: string;
  kicker: string;
  name: string;
  description: string;
  path: string;
  feedPath: string;
  /** The feed's own title, when it is not "{name} | {site}". */
  feedTitle?: string;
  before?: string | null;
  /** On an older page, the span of its stories, which tells it apart from the first. */
  span?: ListPageSpan | null;
  /** What the list holds, for an older page's description ("stories"). */
  items?: string;
}): Metadata {
  const { site } = input;
  const range =
    input.before && input.span
      ? formatDateRange(input.span.newest, input.span.oldest, site.timezone)
      : null;
  return pageMetadata({
    site,
    title: range ? `${input.name}, ${range}` : input.before ? `${input.name}, older` : input.name,
    description: range
      ? `${input.name} at ${site.name}: ${input.items ?? "stories"} published ${range}.`
      : input.description,
    path: input.before ? olderPath(input.path, input.before) : input.path,
    deeper: Boolean(input.before),
    feeds: [{ path: input.feedPath, title: input.feedTitle ?? `${input.name} | ${site.name}` }],
    image: cardImage(input.kind, input.key, input.kicker, input.name, site),
    type: input.kind === "author" ? "profile" : "website",
  });
}

export function articleMetadata(
  site: SiteSettingsDto,
  article: ArticleDetailDto,
  seo: ArticleSeoDto,
): Metadata {
  const title = article.seoTitle || article.title;
  const description = articleDescription(article);
  // An editor's chosen image wins over the generated card.
  const image = seo.seoImage
    ? {
        url: seo.seoImage.src,
        width: seo.seoImage.width,
        height: seo.seoImage.height,
        alt: seo.seoImage.alt || article.title,
      }
    : { url: articleCardPath(article, site.name), ...OG_CARD_SIZE, alt: article.title };
  const feeds = [
    ...(article.section
      ? [
          {
            path: paths.sectionFeed(article.section.slug, article.edition),
            title: `${article.section.name} | ${site.name}`,
          },
        ]
      : []),
    siteFeed(site, article.edition),
    // A narrated story points podcast apps at the feed of narrations.
    ...(seo.audio ? [{ path: PODCAST_FEED_PATH, title: `${site.name}: articles read aloud` }] : []),
  ];
  const base = pageMetadata({
    site,
    title,
    description,
    path: paths.article(article.slug, article.edition),
    feeds: article.type === "PAGE" ? [siteFeed(site, article.edition)] : feeds,
    languages: article.translations.length
      ? Object.fromEntries([
          [article.edition, paths.article(article.slug, article.edition)],
          ...article.translations.map((other) => [
            other.edition,
            paths.article(other.slug, other.edition),
          ]),
        ])
      : undefined,
    image,
    // Discover and the results page may show the picture large.
    robots: { "max-image-preview": "large" },
  });
  if (article.type === "PAGE") return base;
  const modified =
    article.substantiveUpdatedAt && article.substantiveUpdatedAt > article.publishedAt
      ? article.substantiveUpdatedAt
      : null;
  return {
    ...base,
    authors: article.authors.map((author) => ({
      name: author.name,
      url: absoluteUrl(paths.author(author.slug)),
    })),
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: modified?.toISOString(),
      section: article.section?.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.authors.map((author) => absoluteUrl(paths.author(author.slug))),
      audio: seo.audio ? [{ url: absoluteUrl(seo.audio.url), type: seo.audio.type }] : undefined,
    },
    twitter: {
      ...base.twitter,
      creator: xHandle(article.authors.flatMap((author) => author.links)),
    },
  };
}
