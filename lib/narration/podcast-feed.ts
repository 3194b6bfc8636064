import "server-only";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import {
  PODCAST_COVER_PATH,
  PODCAST_FEED_PATH,
  PODCAST_LABEL,
  renderPodcastRss,
} from "@/lib/seo/feeds-podcast";
import { iconPaths } from "@/lib/site/icons/paths";
import { env } from "@/lib/env";
import { FALLBACK_SENDER_ADDRESS } from "@/lib/mail/config";
import { mailboxAddress } from "@/lib/mail/validate";
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
    const title = `${site.name}: ${PODCAST_LABEL.toLowerCase()}`;
    const body = renderPodcastRss({
      title,
      link: absoluteUrl(paths.home),
      description: `Stories from ${site.name}, read aloud. ${AI_AUDIO_LABEL}.`,
      language: site.language,
      selfUrl: absoluteUrl(PODCAST_FEED_PATH),
      author: site.name,
      owner: { name: site.name, email: podcastOwnerEmail() },
      artworkUrl: absoluteUrl(PODCAST_COVER_PATH),
      logo: { url: absoluteUrl(iconPaths.png("144.png")), width: 144, height: 144 },
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

/**
 * The address podcast directories write to about the show (and use to
 * prove who owns it): PODCAST_OWNER_EMAIL, else the address of MAIL_FROM.
 */
export function podcastOwnerEmail(source = env()): string {
  if (source.PODCAST_OWNER_EMAIL) return source.PODCAST_OWNER_EMAIL;
  return source.MAIL_FROM ? mailboxAddress(source.MAIL_FROM) : FALLBACK_SENDER_ADDRESS;
}
