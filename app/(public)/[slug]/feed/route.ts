import { getPublishedArticle } from "@/lib/articles/queries";
import { editionPath } from "@/lib/i18n/editions";
import { getLiveFeed } from "@/lib/liveblog/feed";
import { resolveSlug } from "@/lib/routing/resolve-slug";
import { sectionFeedResponse } from "@/lib/seo/section-feed";
import { absoluteUrl } from "@/lib/seo/urls";
import { notFoundXml, xmlResponse } from "@/lib/seo/xml-response";
import { SLUG_MAX_LENGTH } from "@/lib/slugs/rules";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * RSS for one section, at `/{section-slug}/feed`, or for a live blog's
 * updates, at `/{live-blog-slug}/feed` (slugs are unique across sections
 * and articles, so the two never meet); other articles have no feed.
 */
export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  if (slug.length > SLUG_MAX_LENGTH) return notFoundXml();
  const resolved = await resolveSlug(slug);
  if (resolved?.kind === "redirect") {
    // A renamed section's old feed address follows it, as its page does.
    return Response.redirect(absoluteUrl(`${resolved.location}/feed`), 301);
  }
  if (resolved?.kind === "article") {
    const article = await getPublishedArticle(resolved.articleId);
    if (article?.type !== "LIVE_BLOG") return notFoundXml();
    // Feed readers poll a live feed often: the edge keeps it briefly.
    return xmlResponse(request, await getLiveFeed(article), { type: "rss", maxAgeSeconds: 60 });
  }
  if (resolved?.kind === "section" && resolved.edition !== "en") {
    return Response.redirect(absoluteUrl(editionPath(resolved.edition, `/${slug}/feed`)), 301);
  }
  if (resolved?.kind !== "section") return notFoundXml();
  return sectionFeedResponse(request, resolved.sectionId, "en");
}
