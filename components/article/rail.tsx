import Link from "next/link";
import type { ArticleSummaryDto } from "@/lib/articles/dto";
import { formatTime } from "@/lib/dates/format";
import { editionPath } from "@/lib/i18n/editions";
import { LiveBadge } from "@/components/liveblog/live-badge";

/** A titled list of headlines: Most popular, News Feed, Editors' Picks. */
export function Rail({
  id,
  title,
  href,
  stories,
  timeZone,
  numbered = false,
}: {
  id: string;
  title: string;
  href?: string;
  stories: ArticleSummaryDto[];
  timeZone?: string;
  numbered?: boolean;
}) {
  if (!stories.length) return null;
  return (
    <section className="rail" aria-labelledby={id}>
      <h2 id={id} className="rail-heading">
        {href ? <Link href={href}>{title}</Link> : title}
      </h2>
      <ol className={numbered ? "rail-list rail-list-numbered" : "rail-list"}>
        {stories.map((story) => (
          <li key={story.id}>
            {timeZone ? (
              <time dateTime={story.publishedAt.toISOString()}>
                {formatTime(story.publishedAt, timeZone, story.edition)}
              </time>
            ) : null}
            {story.live ? <LiveBadge className="rail-live" /> : null}
            <Link href={editionPath(story.edition, `/${story.slug}`)}>{story.title}</Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
