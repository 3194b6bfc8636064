import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/article/pagination";
import { encodeCursor, olderPath } from "@/lib/articles/cursor";
import type { StoryCursor } from "@/lib/articles/dto";
import { listStories } from "@/lib/articles/lists";
import { formatDate, formatTime } from "@/lib/dates/format";
import { getSiteSettings } from "@/lib/site/settings";
import { JsonLd } from "@/components/seo/json-ld";
import { collectionPageJsonLd, seoContext } from "@/lib/seo/json-ld-site";
import { listMetadata, listPageSpan } from "@/lib/seo/metadata";
import { paths } from "@/lib/seo/urls";
import { LiveBadge } from "@/components/liveblog/live-badge";
import { editionSite } from "@/lib/i18n/edition-site";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { IslandsOnly } from "@/components/islands/server";

const FEED_PAGE_SIZE = 40;

export async function newsFeedMetadata(
  before: StoryCursor | null,
  edition: Edition = "en",
): Promise<Metadata> {
  const t = messagesFor(edition);
  const own = paths.edition(edition);
  const [settings, page] = await Promise.all([
    getSiteSettings(),
    before ? listStories({ kind: "all", edition }, before, FEED_PAGE_SIZE) : null,
  ]);
  const site = editionSite(settings, edition);
  return listMetadata({
    site,
    kind: "site",
    key: "news-feed",
    kicker: t.live,
    name: t.newsFeed,
    description: t.siteStoriesNewestFirst(site.name),
    path: own.newsFeed,
    feedPath: own.siteFeed,
    feedTitle: site.name,
    before: before ? encodeCursor(before) : null,
    span: page ? listPageSpan(page.stories) : null,
  });
}

/** Every published story, newest first, grouped by the newsroom's calendar day. */
export async function NewsFeedView({
  before,
  edition = "en",
}: {
  before: StoryCursor | null;
  edition?: Edition;
}) {
  const t = messagesFor(edition);
  const own = paths.edition(edition);
  const [settings, page] = await Promise.all([
    getSiteSettings(),
    listStories({ kind: "all", edition }, before, FEED_PAGE_SIZE),
  ]);
  const site = editionSite(settings, edition);
  const days = new Map<string, typeof page.stories>();
  for (const story of page.stories) {
    const day = formatDate(story.publishedAt, site.timezone, edition);
    days.set(day, [...(days.get(day) ?? []), story]);
  }

  return (
    <div className="container list-page">
      <IslandsOnly />
      <JsonLd
        data={collectionPageJsonLd(seoContext(site), {
          name: t.newsFeed,
          description: t.siteStoriesNewestFirst(site.name),
          path: own.newsFeed,
          pagePath: before ? olderPath(own.newsFeed, encodeCursor(before)) : null,
          stories: page.stories,
        })}
      />
      <header className="list-header">
        <p className="kicker">{t.live}</p>
        <h1>{t.newsFeed}</h1>
        <p className="list-description">{t.newsFeedDescription}</p>
      </header>
      {[...days].map(([day, stories], index) => (
        <section key={day} className="feed-day" aria-labelledby={`feed-day-${index}`}>
          <h2 id={`feed-day-${index}`} className="feed-day-heading">
            {day}
          </h2>
          <ol className="feed-list feed-list-wide">
            {stories.map((story) => (
              <li key={story.id}>
                <time dateTime={story.publishedAt.toISOString()}>
                  {formatTime(story.publishedAt, site.timezone, edition)}
                </time>
                <div>
                  {story.live ? (
                    <span className="kicker feed-kicker">
                      <LiveBadge />
                    </span>
                  ) : t.typeLabels[story.type] ? (
                    <span className="kicker feed-kicker">{t.typeLabels[story.type]}</span>
                  ) : null}
                  <Link href={paths.article(story.slug, story.edition)}>{story.title}</Link>
                  {story.standfirst ? <p>{story.standfirst}</p> : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {page.stories.length === 0 ? (
        <p className="empty-state">{before ? t.noOlderStories : t.noStoriesYet}</p>
      ) : null}
      <Pagination
        basePath={own.newsFeed}
        older={page.older}
        isFirstPage={!before}
        edition={edition}
      />
    </div>
  );
}
