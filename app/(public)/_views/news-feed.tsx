import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/article/pagination";
import { encodeCursor, olderPath } from "@/lib/articles/cursor";
import type { StoryCursor } from "@/lib/articles/dto";
import { TYPE_LABELS } from "@/lib/articles/labels";
import { listStories } from "@/lib/articles/lists";
import { formatDate, formatTime } from "@/lib/dates/format";
import { getSiteSettings } from "@/lib/site/settings";
import { JsonLd } from "@/components/seo/json-ld";
import { collectionPageJsonLd, seoContext } from "@/lib/seo/json-ld-site";
import { listMetadata, listPageSpan } from "@/lib/seo/metadata";
import { paths } from "@/lib/seo/urls";
import { LiveBadge } from "@/components/liveblog/live-badge";

const FEED_PAGE_SIZE = 40;

export async function newsFeedMetadata(before: StoryCursor | null): Promise<Metadata> {
  const [site, page] = await Promise.all([
    getSiteSettings(),
    before ? listStories({ kind: "all" }, before, FEED_PAGE_SIZE) : null,
  ]);
  return listMetadata({
    site,
    kind: "site",
    key: "news-feed",
    kicker: "Live",
    name: "News Feed",
    description: `Every story from ${site.name}, newest first.`,
    path: paths.newsFeed,
    feedPath: paths.siteFeed,
    feedTitle: site.name,
    before: before ? encodeCursor(before) : null,
    span: page ? listPageSpan(page.stories) : null,
  });
}

/** Every published story, newest first, grouped by the newsroom's calendar day. */
export async function NewsFeedView({ before }: { before: StoryCursor | null }) {
  const [site, page] = await Promise.all([
    getSiteSettings(),
    listStories({ kind: "all" }, before, FEED_PAGE_SIZE),
  ]);
  const days = new Map<string, typeof page.stories>();
  for (const story of page.stories) {
    const day = formatDate(story.publishedAt, site.timezone);
    days.set(day, [...(days.get(day) ?? []), story]);
  }

  return (
    <div className="container list-page">
      <JsonLd
        data={collectionPageJsonLd(seoContext(site), {
          name: "News Feed",
          description: `Every story from ${site.name}, newest first.`,
          path: paths.newsFeed,
          pagePath: before ? olderPath(paths.newsFeed, encodeCursor(before)) : null,
          stories: page.stories,
        })}
      />
      <header className="list-header">
        <p className="kicker">Live</p>
        <h1>News Feed</h1>
        <p className="list-description">Every story we publish, newest first.</p>
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
                  {formatTime(story.publishedAt, site.timezone)}
                </time>
                <div>
                  {story.live ? (
                    <span className="kicker feed-kicker">
                      <LiveBadge />
                    </span>
                  ) : TYPE_LABELS[story.type] ? (
                    <span className="kicker feed-kicker">{TYPE_LABELS[story.type]}</span>
                  ) : null}
                  <Link href={`/${story.slug}`}>{story.title}</Link>
                  {story.standfirst ? <p>{story.standfirst}</p> : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {page.stories.length === 0 ? (
        <p className="empty-state">{before ? "There are no older stories." : "No stories yet."}</p>
      ) : null}
      <Pagination basePath="/news-feed" older={page.older} isFirstPage={!before} />
    </div>
  );
}
