import "server-only";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { PODCAST_FEED_PATH, renderPodcastRss } from "@/lib/seo/feeds-podcast";
import { absoluteUrl, paths, siteHost } from "@/lib/seo/urls";
import type { XmlFile } from "@/lib/seo/xml-response";
import { getSiteSettings } from "@/lib/site/settings";
import { loadNarratedArticles } from "./feed-queries";
import { AI_AUDIO_LABEL } from "./labels";

/**
 * The podcast feed, cached like the other feeds: dropped when a narration is
 * made or removed (its own tag), when any story is published, unpublished or
 * edited (`feed`, every item's article tag) and when the settings change.
 */
export function getPodcastFeed(): Promise<XmlFile> {
  return cached("seo:feed:podcast", 5 * MINUTE, async () => {
    const [site, loaded] = await Promise.all([getSiteSettings(), loadNarratedArticles()]);
    const host = siteHost();
    const title = `${site.name}: articles read aloud`;
    const body = renderPodcastRss({
      title,
      link: absoluteUrl(paths.home),
      description: `Stories from ${site.name}, read aloud. ${AI_AUDIO_LABEL}.`,
      language: site.language,
      selfUrl: absoluteUrl(PODCAST_FEED_PATH),
      author: site.name,
      imageUrl: absoluteUrl(paths.logo),
      items: loaded.items.map((item) => ({
        title: item.title,
        link: absoluteUrl(paths.article(item.slug)),
        // The article's id, as in the site's feed: a regenerated narration
        // replaces the episode instead of adding one.
        guid: `${host}:article:${item.id}`,
        pubDate: item.publishedAt,
        description: item.standfirst,
        creators: item.authors,
        category: item.section,
        audio: { ...item.narration, absoluteUrl: absoluteUrl(item.narration.url) },
      })),
    });
    return {
      value: { body },
      tags: [...new Set(loaded.tags)],
    };
  });
}
