import type { ArticleDetailDto, ArticleType, ImageDto } from "@/lib/articles/dto";
import { articleDescription } from "@/lib/articles/description";
import { AI_AUDIO_LABEL } from "@/lib/narration/labels";
import type { ArticleSeoDto } from "./article-seo";
import type { JsonLdNode } from "./json-ld-serialize";
import { breadcrumbJsonLd, personJsonLd, publisherJsonLd, type SeoContext } from "./json-ld-site";
import { OG_CARD_SIZE, articleCardPath } from "./og-card-version";
import { absoluteUrl, CROP_RATIOS, paths, type CropRatio } from "./urls";

/**
 * schema.org type per article type. Editorials are the publication's
 * opinion; features are reported long-form (field reports, human stories).
 */
export const ARTICLE_SCHEMA_TYPES: Record<ArticleType, string> = {
  NEWS: "NewsArticle",
  ANALYSIS: "AnalysisNewsArticle",
  OPINION: "OpinionNewsArticle",
  EDITORIAL: "OpinionNewsArticle",
  FEATURE: "ReportageNewsArticle",
  LIVE_BLOG: "LiveBlogPosting",
  PAGE: "WebPage",
};

/** Static pages that schema.org has a more precise type for, by slug. */
const PAGE_TYPES: Record<string, string> = { about: "AboutPage", contacts: "ContactPage" };

const url = (ctx: SeoContext, path: string) => absoluteUrl(path, ctx.origin);

/**
 * The image in the three shapes Google asks for (16:9, 4:3, 1:1, each at
 * least 50,000 pixels), cut from the stored original by /og/crop.
 */
export function imageSetJsonLd(ctx: SeoContext, image: ImageDto): JsonLdNode[] {
  return (Object.keys(CROP_RATIOS) as CropRatio[]).map((ratio) => ({
    "@type": "ImageObject",
    url: url(ctx, paths.crop(ratio, image.src)),
    width: CROP_RATIOS[ratio].width,
    height: CROP_RATIOS[ratio].height,
    caption: image.caption || undefined,
    creditText: plainCredit(image.credit) || undefined,
  }));
}

/**
 * The article's structured data: a NewsArticle (or the subtype its type
 * calls for) with every byline, the dates, images, corrections and audio,
 * and a BreadcrumbList. `dateModified` is the last substantive update, never
 * an ordinary save, so a fixed typo does not present an old story as new.
 */
export function articleJsonLd(
  ctx: SeoContext,
  article: ArticleDetailDto,
  seo: ArticleSeoDto,
): JsonLdNode[] {
  const pageUrl = url(ctx, paths.article(article.slug));
  const isPage = article.type === "PAGE";
  const picture = seo.seoImage ?? article.hero;
  const images = picture
    ? imageSetJsonLd(ctx, picture)
    : [
        {
          "@type": "ImageObject",
          url: url(ctx, articleCardPath(article, ctx.site.name)),
          ...OG_CARD_SIZE,
        },
      ];
  const published = article.publishedAt.toISOString();
  const modified =
    article.substantiveUpdatedAt && article.substantiveUpdatedAt > article.publishedAt
      ? article.substantiveUpdatedAt.toISOString()
      : published;
  const trail = [
    ...(article.section && !isPage
      ? [{ name: article.section.name, path: paths.section(article.section.slug) }]
      : []),
    { name: article.title, path: paths.article(article.slug) },
  ];
  const breadcrumb = breadcrumbJsonLd(ctx, trail);

  if (isPage) {
    return [
      {
        "@type": PAGE_TYPES[article.slug] ?? "WebPage",
        "@id": pageUrl,
        url: pageUrl,
        name: article.seoTitle || article.title,
        description: articleDescription(article) || undefined,
        inLanguage: ctx.site.language,
        datePublished: published,
        dateModified: modified,
        publisher: publisherJsonLd(ctx),
        breadcrumb,
      },
    ];
  }

  // Machine-readable corrections: corrections and clarifications admit an
  // error; "updates" add news and are told by dateModified instead.
  const corrections = article.corrections.filter((c) => c.kind !== "UPDATE");
  const news: JsonLdNode = {
    "@type": ARTICLE_SCHEMA_TYPES[article.type],
    "@id": `${pageUrl}#article`,
    mainEntityOfPage: { "@type": "WebPage", "@id": pageUrl },
    url: pageUrl,
    headline: article.title,
    alternativeHeadline:
      article.seoTitle && article.seoTitle !== article.title ? article.seoTitle : undefined,
    description: articleDescription(article) || undefined,
    image: images,
    datePublished: published,
    dateModified: modified,
    author: article.authors.map((author) =>
      personJsonLd(ctx, {
        slug: author.slug,
        name: author.name,
        jobTitle: author.jobTitle,
        links: author.links,
        image: author.avatar?.src ?? null,
      }),
    ),
    publisher: publisherJsonLd(ctx),
    articleSection: article.section?.name,
    keywords: article.tags.length ? article.tags.map((tag) => tag.name) : undefined,
    inLanguage: ctx.site.language,
    isAccessibleForFree: true,
    correction: corrections.length
      ? corrections.map((correction) => ({
          "@type": "CorrectionComment",
          text: correction.text,
          datePublished: correction.publishedAt.toISOString(),
        }))
      : undefined,
    audio: seo.audio
      ? {
          "@type": "AudioObject",
          contentUrl: url(ctx, seo.audio.url),
          encodingFormat: seo.audio.type,
          duration: seo.audio.durationMs ? isoDuration(seo.audio.durationMs) : undefined,
          description: AI_AUDIO_LABEL,
        }
      : undefined,
  };
  return [news, breadcrumb];
}

/** "(Name/Agency via Getty Images)" as stored for the page, without the brackets. */
export function plainCredit(credit: string): string {
  return credit
    .trim()
    .replace(/^\((.*)\)$/s, "$1")
    .trim();
}

/** ISO 8601 duration ("PT4M12S") for AudioObject. */
export function isoDuration(ms: number): string {
  const total = Math.max(1, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds ? `${seconds}S` : ""}`;
}
