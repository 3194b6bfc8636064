import { getPublishedArticle } from "@/lib/articles/queries";
import { getLiveFeed } from "@/lib/liveblog/feed";
import { resolveFeedSlug, sectionFeedResponse } from "@/lib/seo/section-feed";
import { notFoundXml, xmlResponse } from "@/lib/seo/xml-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * RSS for one section, at `/{section-slug}/feed`, or for a live blog's
 * updates, at `/{live-blog-slug}/feed` (slugs are unique across sections
 * and articles, so the two never meet); other articles have no feed.
 */
export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  const target = await resolveFeedSlug(slug, "en");
  if (target instanceof Response) return target;
  if (target.kind === "section") return sectionFeedResponse(request, target.sectionId, "en");
  const article = await getPublishedArticle(target.articleId);
  if (article?.type !== "LIVE_BLOG") return notFoundXml();
  // Feed readers poll a live feed often: the edge keeps it briefly.
  return xmlResponse(request, await getLiveFeed(article), { type: "rss", maxAgeSeconds: 60 });
}
