import { getFeed } from "@/lib/seo/feeds";
import { paths } from "@/lib/seo/urls";
import { xmlResponse } from "@/lib/seo/xml-response";

export const dynamic = "force-dynamic";

/** RSS for every story on the site. */
export async function GET(request: Request) {
  const feed = await getFeed({
    scope: { kind: "all" },
    name: null,
    description: "",
    path: paths.home,
    feedPath: paths.siteFeed,
  });
  return xmlResponse(request, feed, { type: "rss", maxAgeSeconds: 300 });
}
