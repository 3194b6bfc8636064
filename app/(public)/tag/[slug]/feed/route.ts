import { getFeed } from "@/lib/seo/feeds";
import { paths } from "@/lib/seo/urls";
import { notFoundXml, xmlResponse } from "@/lib/seo/xml-response";
import { getTagBySlug } from "@/lib/tags/queries";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** RSS for one topic. */
export async function GET(request: Request, { params }: Context) {
  const tag = await getTagBySlug((await params).slug);
  if (!tag) return notFoundXml();
  const feed = await getFeed({
    scope: { kind: "tag", id: tag.id },
    name: tag.name,
    description: tag.description,
    path: paths.tag(tag.slug),
    feedPath: paths.tagFeed(tag.slug),
  });
  return xmlResponse(request, feed, { type: "rss", maxAgeSeconds: 300 });
}
