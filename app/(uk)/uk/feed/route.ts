import { getFeed } from "@/lib/seo/feeds";
import { messagesFor } from "@/lib/i18n/messages";
import { paths } from "@/lib/seo/urls";
import { xmlResponse } from "@/lib/seo/xml-response";

export const dynamic = "force-dynamic";

/** RSS for every story of the Ukrainian edition. */
export async function GET(request: Request) {
  const own = paths.edition("uk");
  const feed = await getFeed({
    scope: { kind: "all", edition: "uk" },
    name: messagesFor("uk").newsFeed,
    description: "",
    path: own.home,
    feedPath: own.siteFeed,
    edition: "uk",
  });
  return xmlResponse(request, feed, { type: "rss", maxAgeSeconds: 300 });
}
