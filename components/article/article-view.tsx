import type { ReactNode } from "react";
import type { ArticleDetailDto } from "@/lib/articles/dto";
import { CORRECTION_LABELS, TYPE_LABELS } from "@/lib/articles/labels";
import { ArticleComments } from "@/components/comments/article-comments";
import { ArticleNewsletters } from "@/components/newsletters/article-newsletters";
import { SupportBox } from "@/components/membership/support-box";
import { ArticleTrail } from "./article-trail";
import { formatDateTime } from "@/lib/dates/format";
import { DateTime } from "./date-time";
import { NarrationPlayer } from "./islands";
// The player's styles travel with the page, not with its script (a
// stylesheet loaded with a dynamic chunk would be drawn as invalid markup).
import "../../app/styles/narration.css";
import { ArticleBody } from "./article-body";
import { AuthorBox } from "./author-box";
import { Byline } from "./byline";
import { HeroFigure } from "./figure";

/** The article page from the breadcrumb to the author boxes. */
export function ArticleView({
  article,
  timeZone,
  staffTools,
}: {
  article: ArticleDetailDto;
  timeZone: string;
  /** The "Edit post" island, on public pages. */
  staffTools?: ReactNode;
}) {
  const isPage = article.type === "PAGE";
  const label = TYPE_LABELS[article.type];
  return (
    <article className={`article article-${article.type.toLowerCase()}`}>
      <header className="article-header">
        {staffTools}
        {!isPage ? <ArticleTrail article={article} /> : null}
        {label ? <p className="kicker article-kicker">{label}</p> : null}
        <h1 className="article-title">{article.title}</h1>
        {article.standfirst ? <p className="article-standfirst">{article.standfirst}</p> : null}
        {!isPage ? (
          <div className="article-meta">
            <Byline authors={article.authors} />
            <p className="article-dates">
              <DateTime at={article.publishedAt} timeZone={timeZone} />
              {article.substantiveUpdatedAt ? (
                <>
                  {" · "}
                  <span className="updated">
                    Updated <DateTime at={article.substantiveUpdatedAt} timeZone={timeZone} />
                  </span>
                </>
              ) : null}
              {" · "}
              <span>{article.readingMinutes} min read</span>
            </p>
          </div>
        ) : null}
      </header>
      {article.hero ? <HeroFigure image={article.hero} /> : null}
      {/* The audio version: a client island that loads nothing until played. */}
      {article.narration && !isPage ? <NarrationPlayer narration={article.narration} /> : null}
      <ArticleBody
        document={article.body}
        media={article.bodyMedia}
        related={article.relatedCards}
      />
      {article.corrections.length ? (
        <section className="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections and updates</h2>
          <ul>
            {article.corrections.map((correction, index) => (
              <li key={index}>
                <strong>{CORRECTION_LABELS[correction.kind]}</strong>{" "}
                <time dateTime={correction.publishedAt.toISOString()}>
                  ({formatDateTime(correction.publishedAt, timeZone)})
                </time>
                : {correction.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* The membership ask, hidden for members by the page's island. */}
      {!isPage ? <SupportBox /> : null}
      {!isPage && article.authors.length ? (
        <section className="author-boxes" aria-label="About the authors">
          {article.authors.map((author) => (
            <AuthorBox key={author.slug} author={author} />
          ))}
        </section>
      ) : null}
      {/* Published comments, cached with the page; the form is a client island. */}
      {!isPage ? (
        <ArticleComments articleId={article.id} path={`/${article.slug}`} timeZone={timeZone} />
      ) : null}
      {/* Newsletter sign-up forms after every story (not static pages). */}
      {!isPage ? <ArticleNewsletters /> : null}
    </article>
  );
}
