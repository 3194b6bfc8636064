import type { MetadataRoute } from "next";
import { absoluteUrl, paths } from "@/lib/seo/urls";

// SITE_URL is read when the file is requested, not frozen into the build.
export const dynamic = "force-dynamic";

/**
 * Crawlers may read everything public; the staff area, sign-in, previews,
 * search results (endless, thin pages) and the API stay out. Media and the
 * generated images stay allowed so that cards and image search work.
 *
 * Rules match by prefix, and articles live at the root: a bare "/editor"
 * would also shut out "/editorial-…" stories and "/search" every
 * "/search-and-rescue-…" one. So each area is closed exactly: the path
 * itself ("$"), its query strings and everything below it.
 */
const CLOSED_AREAS = ["/editor", "/login", "/search", "/preview", "/api"];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: CLOSED_AREAS.flatMap((area) => [`${area}$`, `${area}?`, `${area}/`]),
      },
    ],
    sitemap: absoluteUrl(paths.sitemapIndex),
  };
}
