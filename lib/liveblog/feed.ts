import "server-only";
import type { ArticleDetailDto } from "@/lib/articles/dto";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { documentText } from "@/lib/documents/text";
import { documentToHtml } from "@/lib/seo/feed-html";
import { updateHeadline } from "@/lib/seo/json-ld-live";
import { renderRss } from "@/lib/seo/rss";
import { absoluteUrl, paths, siteHost } from "@/lib/seo/urls";
import type { XmlFile } from "@/lib/seo/xml-response";
import { getSiteSettings } from "@/lib/site/settings";
import { getLatestUpdates } from "./queries";

/** Updates in a live blog's feed: a feed reader polls often, and only needs the newest. */
const FEED_UPDATES = 50;

/**
 * The RSS feed of a live blog's updates, newest first (`/{slug}/feed`).
 * Each item links to the update's own page and keeps one guid for life, so
 * an edited update is never shown twice. Refreshed with the stream.
 */
export function getLiveFeed(article: ArticleDetailDto): Promise<XmlFile> {
  return cached(`live:feed:${article.id}`, 10 * MINUTE, async () => {
    const [site, latest] = await Promise.all([
      getSiteSettings(),
      getLatestUpdates(article.id, FEED_UPDATES),
    ]);
    const host = siteHost();
    const body = renderRss({
      title: `${article.title} | ${site.name}`,
      link: absoluteUrl(paths.article(article.slug)),
      description: article.standfirst || site.description || site.tagline,
      language: site.language,
      selfUrl: absoluteUrl(paths.liveFeed(article.slug)),
      items: (latest?.updates ?? []).map((update) => ({
        title: updateHeadline(update, article.title),
        link: absoluteUrl(paths.liveUpdate(article.slug, update.id)),
        guid: `${host}:live-update:${update.id}`,
        pubDate: update.publishedAt,
        description: documentText(update.body).replace(/\s+/g, " ").trim().slice(0, 300),
        contentHtml: documentToHtml(update.body, update.media),
        creators: update.author ? [update.author.name] : [],
        categories: [],
        image: null,
      })),
    });
    return {
      value: { body },
      tags: [tags.live(article.id), tags.article(article.id), tags.settings],
    };
  });
}
