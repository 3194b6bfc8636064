import { env } from "@/lib/env";

/**
 * What feed items carry: "full" adds the whole body as `content:encoded`
 * beside the standfirst; "summary" sends the standfirst alone, for
 * newsrooms that want readers to click through (FEED_CONTENT).
 */
export type FeedContent = "full" | "summary";

export function feedContent(): FeedContent {
  return env().FEED_CONTENT;
}
