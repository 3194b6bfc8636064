import Link from "next/link";
import { ArticleBody } from "@/components/article/article-body";
import { formatDate, formatTime } from "@/lib/dates/format";
import type { LiveUpdateDto } from "@/lib/liveblog/dto";
import { updateAnchor } from "@/lib/liveblog/rules";

/**
 * One update of the stream: its time, an optional headline, the writer and
 * the body. Its anchor (`#update-{id}`) is its permanent place on the live
 * page; "Share" leads to its own page, which carries its own metadata.
 * Rendered on the server, and by the open page's island for new updates.
 */
export function UpdateCard({
  update,
  slug,
  timeZone,
  headingLevel = 3,
}: {
  update: LiveUpdateDto;
  slug: string;
  timeZone: string;
  /** 1 on the update's own page. */
  headingLevel?: 1 | 2 | 3;
}) {
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1] ?? "h3";
  const id = updateAnchor(update.id);
  const label = update.title ? `${id}-title` : `${id}-time`;
  return (
    <article
      id={id}
      className={`live-update${update.pinned ? " live-update-pinned" : ""}`}
      aria-labelledby={label}
    >
      <header className="live-update-header">
        {update.pinned ? <p className="live-update-pin">Pinned</p> : null}
        <p className="live-update-time" id={`${id}-time`}>
          <a href={`#${id}`}>
            <time dateTime={update.publishedAt.toISOString()}>
              <span className="live-update-clock">{formatTime(update.publishedAt, timeZone)}</span>{" "}
              <span className="live-update-day">{formatDate(update.publishedAt, timeZone)}</span>
            </time>
          </a>
        </p>
        {update.title ? (
          <Heading className="live-update-title" id={`${id}-title`}>
            {update.title}
          </Heading>
        ) : null}
      </header>
      <ArticleBody document={update.body} media={update.media} related={{}} />
      <footer className="live-update-footer">
        {update.author ? (
          <span className="live-update-author">
            <Link href={`/author/${update.author.slug}`} rel="author">
              {update.author.name}
            </Link>
          </span>
        ) : null}
        <Link className="live-update-share" href={`/${slug}/updates/${update.id}`}>
          Share<span className="visually-hidden"> this update</span>
        </Link>
      </footer>
    </article>
  );
}
