import Link from "next/link";
import type { ReactNode } from "react";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleTrail } from "@/components/article/article-trail";
import { DateTime } from "@/components/article/date-time";
import { Byline } from "@/components/article/byline";
import { HeroFigure } from "@/components/article/figure";
import type { ArticleDetailDto } from "@/lib/articles/dto";
import { olderPath } from "@/lib/articles/cursor";
import type { LiveBlogDto, LiveStreamDto } from "@/lib/liveblog/dto";
import { seenOf } from "@/lib/liveblog/open-page";
import { LiveUpdates } from "./islands";
import { LiveBadge } from "./live-badge";
import { UpdateCard } from "./update-card";

/**
 * A live page: the story's frame (headline, standfirst, bylines, hero), the
 * key developments, pinned updates, then the stream newest first, one page
 * at a time through plain "Older updates" links. Everything is in the
 * served HTML; the island only adds updates that arrive while it is open.
 */
export function LiveBlogView({
  article,
  blog,
  stream,
  timeZone,
  isFirstPage,
  staffTools,
}: {
  article: ArticleDetailDto;
  blog: LiveBlogDto;
  stream: LiveStreamDto;
  timeZone: string;
  isFirstPage: boolean;
  staffTools?: ReactNode;
}) {
  const live = blog.state === "LIVE";
  const basePath = `/${article.slug}`;
  const hasIntro = article.body.content.length > 0;
  return (
    <article className={`article live-blog${live ? " is-live" : " is-ended"}`}>
      <header className="article-header live-header">
        {staffTools}
        <ArticleTrail article={article} />
        <p className="kicker article-kicker live-kicker">{live ? <LiveBadge /> : "Live blog"}</p>
        <h1 className="article-title">{article.title}</h1>
        {article.standfirst ? <p className="article-standfirst">{article.standfirst}</p> : null}
        <div className="article-meta">
          <Byline authors={article.authors} />
          <p className="article-dates">
            Started <DateTime at={blog.coverageStartAt} timeZone={timeZone} />
            {blog.lastUpdateAt ? (
              <>
                {" · "}
                <span className="updated">
                  Last update <DateTime at={blog.lastUpdateAt} timeZone={timeZone} />
                </span>
              </>
            ) : null}
          </p>
        </div>
      </header>
      {!live ? (
        <p className="live-ended" role="note">
          <strong>This live page has ended.</strong>{" "}
          {blog.coverageEndAt ? (
            <>
              Coverage closed <DateTime at={blog.coverageEndAt} timeZone={timeZone} />.{" "}
            </>
          ) : null}
          The updates below are kept as they were published.
        </p>
      ) : null}
      {article.hero && isFirstPage ? <HeroFigure image={article.hero} /> : null}
      {isFirstPage && blog.keyPoints.length ? (
        <section className="live-key-points" aria-labelledby="key-points-heading">
          <h2 id="key-points-heading">Key developments</h2>
          <ul>
            {blog.keyPoints.map((point, index) => (
              <li key={index}>{point}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {isFirstPage && hasIntro ? (
        <ArticleBody
          document={article.body}
          media={article.bodyMedia}
          related={article.relatedCards}
        />
      ) : null}
      <section className="live-stream-section" aria-labelledby="updates-heading">
        <h2 id="updates-heading" className="live-stream-heading">
          {isFirstPage ? "Latest updates" : "Older updates"}
          <span className="live-stream-count">
            {" "}
            · {stream.total} update{stream.total === 1 ? "" : "s"}
          </span>
        </h2>
        {stream.pinned.length ? (
          <div className="live-stream live-stream-pinned">
            {stream.pinned.map((update) => (
              <UpdateCard key={update.id} update={update} slug={article.slug} timeZone={timeZone} />
            ))}
          </div>
        ) : null}
        {isFirstPage ? (
          <LiveUpdates
            articleId={article.id}
            slug={article.slug}
            timeZone={timeZone}
            shown={seenOf([...stream.pinned, ...stream.updates])}
            live={live}
          />
        ) : null}
        {stream.updates.length ? (
          <div className="live-stream">
            {stream.updates.map((update) => (
              <UpdateCard key={update.id} update={update} slug={article.slug} timeZone={timeZone} />
            ))}
          </div>
        ) : stream.pinned.length ? null : (
          <p className="empty-state">The first updates will appear here.</p>
        )}
        {stream.older || !isFirstPage ? (
          <nav className="pagination live-pagination" aria-label="More updates">
            {!isFirstPage ? (
              <Link href={basePath} className="pagination-link">
                ← Latest updates
              </Link>
            ) : (
              <span />
            )}
            {stream.older ? (
              <Link href={olderPath(basePath, stream.older)} rel="next" className="pagination-link">
                Older updates →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </article>
  );
}
