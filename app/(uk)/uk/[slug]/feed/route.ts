import { resolveFeedSlug, sectionFeedResponse } from "@/lib/seo/section-feed";
import { notFoundXml } from "@/lib/seo/xml-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** RSS for one section of the Ukrainian edition, at `/uk/{section-slug}/feed`. */
export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  const target = await resolveFeedSlug(slug, "uk");
  if (target instanceof Response) return target;
  // Only a section has a feed at this address.
  if (target.kind !== "section") return notFoundXml();
  return sectionFeedResponse(request, target.sectionId, "uk");
}
