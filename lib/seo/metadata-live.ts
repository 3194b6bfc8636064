import type { Metadata } from "next";
import type { ArticleDetailDto } from "@/lib/articles/dto";
import { olderPath } from "@/lib/articles/cursor";
import { documentText } from "@/lib/documents/text";
import type { LiveUpdateDto } from "@/lib/liveblog/dto";
import type { SiteSettingsDto } from "@/lib/site/dto";
import type { ArticleSeoDto } from "./article-seo";
import { updateHeadline } from "./json-ld-live";
import { articleMetadata, titleWithSite } from "./metadata";
import { absoluteUrl, paths } from "./urls";

/**
 * A live page's metadata: the article's, with the feed of its updates
 * offered first. An older page of the stream is canonical to itself and
 * not indexed, like the older pages of any list.
 */
export function liveBlogMetadata(
  site: SiteSettingsDto,
  article: ArticleDetailDto,
  seo: ArticleSeoDto,
  older: string | null,
): Metadata {
  const base = articleMetadata(site, article, seo);
  const feeds = [
    {
      url: absoluteUrl(paths.liveFeed(article.slug)),
      title: `${article.title}: updates | ${site.name}`,
    },
  ];
  const types = base.alternates?.types?.["application/rss+xml"];
  const withFeed = {
    ...base,
    alternates: {
      ...base.alternates,
      types: { "application/rss+xml": [...feeds, ...(Array.isArray(types) ? types : [])] },
    },
  };
  if (!older) return withFeed;
  const path = olderPath(paths.article(article.slug), older);
  return {
    ...withFeed,
    title: titleWithSite(`${article.seoTitle || article.title}: older updates`, site.name),
    alternates: { ...withFeed.alternates, canonical: absoluteUrl(path) },
    robots: { index: false, follow: true },
    openGraph: { ...withFeed.openGraph, url: absoluteUrl(path) },
  };
}

/** One update's page: its own headline, words and address, shared as itself. */
export function liveUpdateMetadata(
  site: SiteSettingsDto,
  article: ArticleDetailDto,
  seo: ArticleSeoDto,
  update: LiveUpdateDto,
): Metadata {
  const base = articleMetadata(site, article, seo);
  const headline = updateHeadline(update, article.title);
  const text = documentText(update.body).replace(/\s+/g, " ").trim();
  const description = text.length > 200 ? `${text.slice(0, 199)}…` : text || article.standfirst;
  const url = absoluteUrl(paths.liveUpdate(article.slug, update.id));
  const image = Object.values(update.media)[0];
  const images = image
    ? [{ url: absoluteUrl(image.src), width: image.width, height: image.height, alt: image.alt }]
    : base.openGraph?.images;
  const shareTitle = `${headline} | ${article.title}`;
  return {
    ...base,
    title: titleWithSite(shareTitle, site.name),
    description,
    alternates: { ...base.alternates, canonical: url },
    openGraph: {
      ...base.openGraph,
      url,
      title: shareTitle,
      description,
      images,
      publishedTime: update.publishedAt.toISOString(),
      authors: update.author ? [absoluteUrl(paths.author(update.author.slug))] : undefined,
    } as Metadata["openGraph"],
    twitter: { ...base.twitter, title: shareTitle, description, images } as Metadata["twitter"],
  };
}
