import type { ArticleDetailDto } from "@/lib/articles/dto";
import { documentText } from "@/lib/documents/text";
import type { LiveBlogDto, LiveUpdateDto } from "@/lib/liveblog/dto";
import { updateAnchor } from "@/lib/liveblog/rules";
import type { ArticleSeoDto } from "./article-seo";
import { articleJsonLd } from "./json-ld-article";
import type { JsonLdNode } from "./json-ld-serialize";
import { publisherJsonLd, type SeoContext } from "./json-ld-site";
import { absoluteUrl, paths } from "./urls";

/** How much of an update's text goes into its BlogPosting. */
const BODY_CHARACTERS = 1_000;

/**
 * A live page's structured data: the article's own node as a
 * LiveBlogPosting with the coverage times and the updates on this page as
 * BlogPosting entries (each with its headline, time, author and address),
 * and the BreadcrumbList. `dateModified` is the newest update.
 */
export function liveBlogJsonLd(
  ctx: SeoContext,
  article: ArticleDetailDto,
  seo: ArticleSeoDto,
  blog: LiveBlogDto,
  updates: LiveUpdateDto[],
): JsonLdNode[] {
  const [main, ...rest] = articleJsonLd(ctx, article, seo);
  const newest =
    blog.lastUpdateAt && blog.lastUpdateAt > article.publishedAt ? blog.lastUpdateAt : null;
  const posting: JsonLdNode = {
    ...main,
    "@type": "LiveBlogPosting",
    dateModified: newest ? newest.toISOString() : main?.dateModified,
    coverageStartTime: blog.coverageStartAt.toISOString(),
    coverageEndTime: blog.coverageEndAt?.toISOString(),
    liveBlogUpdate: updates.map((update) => updateJsonLd(ctx, article, update)),
  };
  return [posting, ...rest];
}

export function updateJsonLd(
  ctx: SeoContext,
  article: Pick<ArticleDetailDto, "slug" | "title">,
  update: LiveUpdateDto,
): JsonLdNode {
  const text = documentText(update.body).replace(/\s+/g, " ").trim();
  const pageUrl = absoluteUrl(paths.liveUpdate(article.slug, update.id), ctx.origin);
  return {
    "@type": "BlogPosting",
    "@id": `${absoluteUrl(paths.article(article.slug), ctx.origin)}#${updateAnchor(update.id)}`,
    headline: updateHeadline(update, article.title),
    datePublished: update.publishedAt.toISOString(),
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    author: update.author
      ? {
          "@type": "Person",
          name: update.author.name,
          url: absoluteUrl(paths.author(update.author.slug), ctx.origin),
        }
      : publisherJsonLd(ctx),
    articleBody: text.length > BODY_CHARACTERS ? `${text.slice(0, BODY_CHARACTERS - 1)}…` : text,
  };
}

/**
 * An update's headline: its title, else its first words (search engines
 * and feed readers need one), else the live blog's.
 */
export function updateHeadline(update: Pick<LiveUpdateDto, "title" | "body">, fallback: string) {
  if (update.title) return update.title;
  const text = documentText(update.body).replace(/\s+/g, " ").trim();
  if (!text) return fallback;
  if (text.length <= 110) return text;
  const cut = text.slice(0, 110);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 60 ? cut.lastIndexOf(" ") : 110)}…`;
}
