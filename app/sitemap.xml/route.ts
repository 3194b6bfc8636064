import { getSitemapIndex } from "@/lib/seo/sitemaps";
import { xmlResponse } from "@/lib/seo/xml-response";

// Read from the database on request; the build never opens it.
export const dynamic = "force-dynamic";

/** The sitemap index: every child sitemap under /sitemaps/, listed in robots.txt. */
export async function GET(request: Request) {
  return xmlResponse(request, await getSitemapIndex(), { type: "sitemap", maxAgeSeconds: 300 });
}
