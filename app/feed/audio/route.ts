import { getPodcastFeed } from "@/lib/narration/podcast-feed";
import { xmlResponse } from "@/lib/seo/xml-response";

export const dynamic = "force-dynamic";

/** The podcast feed of narrated articles (enclosures with length and type). */
export async function GET(request: Request) {
  return xmlResponse(request, await getPodcastFeed(), { type: "rss", maxAgeSeconds: 300 });
}
