import { parseSitemapName } from "@/lib/seo/sitemap-names";
import { getChildSitemap } from "@/lib/seo/sitemaps";
import { notFoundXml, xmlResponse } from "@/lib/seo/xml-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

/** One child sitemap: articles by month, tags, authors, sections, pages or Google News. */
export async function GET(request: Request, { params }: Context) {
  const name = parseSitemapName((await params).file);
  const file = name ? await getChildSitemap(name) : null;
  if (!name || !file) return notFoundXml();
  // Google News polls its sitemap often; the others change less.
  return xmlResponse(request, file, {
    type: "sitemap",
    maxAgeSeconds: name.kind === "news" ? 120 : 600,
  });
}
