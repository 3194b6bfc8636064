import "server-only";
import type { StoryScope } from "@/lib/articles/dto";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { getSiteSettings } from "@/lib/site/settings";
import { editionSite } from "@/lib/i18n/edition-site";
import type { Edition } from "@/lib/i18n/editions";
import { documentToHtml } from "./feed-html";
import { feedContent } from "./feed-options";
import { loadFeedArticles } from "./feed-queries";
import { renderRss } from "./rss";
import { absoluteUrl, paths, siteHost } from "./urls";
import type { XmlFile } from "./xml-response";

export interface FeedSubject {
  scope: StoryScope;
  /** The section, tag or author name; null for the whole site. */
  name: string | null;
  description: string;
  /** The page the feed follows, and the feed's own path. */
  path: string;
  feedPath: string;
  /** The edition the feed speaks for (its language); English unless given. */
  edition?: Edition;
}

// Each feed is dropped by the publish or edit of anything it shows (its
// scope's tag, every item's tags); the limit only covers embargoed stories
// coming due without a write.
const FEED_TTL = 5 * MINUTE;

const SCOPE_TAGS = {
  all: () => [tags.feed],
  section: (id: string) => [tags.sectionList(id), tags.section(id), tags.sections],
  tag: (id: string) => [tags.tagList(id), tags.tag(id), tags.topics],
  author: (id: string) => [tags.authorList(id), tags.author(id), tags.authors],
};

function scopeTags(scope: StoryScope): string[] {
  return scope.kind === "all" ? SCOPE_TAGS.all() : SCOPE_TAGS[scope.kind](scope.id);
}

/** The RSS 2.0 feed of the latest stories of the site, a section, a tag or an author. */
export function getFeed(subject: FeedSubject): Promise<XmlFile> {
  const content = feedContent();
  const scopeKey =
    subject.scope.kind === "all"
      ? `all:${subject.scope.edition ?? "en"}`
      : `${subject.scope.kind}:${subject.scope.id}`;
  return cached(`seo:feed:${scopeKey}:${content}`, FEED_TTL, async () => {
    const [settings, loaded] = await Promise.all([
      getSiteSettings(),
      loadFeedArticles(subject.scope, content === "full"),
    ]);
    const site = editionSite(settings, subject.edition ?? "en");
    const host = siteHost();
    const body = renderRss({
      title: subject.name ? `${subject.name} | ${site.name}` : site.name,
      link: absoluteUrl(subject.path),
      description: subject.description || site.description || site.tagline,
      language: site.language,
      selfUrl: absoluteUrl(subject.feedPath),
      items: loaded.items.map((item) => ({
        title: item.title,
        link: absoluteUrl(paths.article(item.slug, item.edition)),
        // The id never changes, so readers never show an edited or renamed
        // story twice.
        guid: `${host}:article:${item.id}`,
        pubDate: item.publishedAt,
        description: item.standfirst,
        contentHtml: item.body ? documentToHtml(item.body, loaded.bodyMedia) : null,
        creators: item.authors,
        categories: [...(item.section ? [item.section] : []), ...item.tags],
        image: item.hero
          ? {
              url: absoluteUrl(item.hero.src),
              type: item.hero.type,
              width: item.hero.width,
              height: item.hero.height,
              alt: item.hero.alt,
              credit: item.hero.credit,
            }
          : null,
      })),
    });
    return {
      value: { body },
      tags: [...new Set([...scopeTags(subject.scope), tags.settings, ...loaded.tags])],
    };
  });
}
