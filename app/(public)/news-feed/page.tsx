import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/article/pagination";
import { decodeCursor } from "@/lib/articles/cursor";
import { TYPE_LABELS } from "@/lib/articles/labels";
import { listStories } from "@/lib/articles/lists";
import { formatDate, formatTime } from "@/lib/dates/format";
import { getSiteSettings } from "@/lib/site/settings";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FEED_PAGE_SIZE = 40;

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return {
    title: `News Feed | ${site.name}`,
    description: `Every story from ${site.name}, newest first.`,
    alternates: { canonical: "/news-feed" },
  };
}

/** Every published story, newest first, grouped by the newsroom's calendar day. */
export default async function NewsFeedPage({ searchParams }: Props) {
  const before = decodeCursor((await searchParams).before);
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
                  {TYPE_LABELS[story.type] ? (
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
