import Link from "next/link";
import type { ReactNode } from "react";
import type { ArticleDetailDto } from "@/lib/articles/dto";
import { EDITION_INFO } from "@/lib/i18n/editions";
import { messagesFor } from "@/lib/i18n/messages";
import { paths } from "@/lib/seo/urls";
import { ArticleComments } from "@/components/comments/article-comments";
import { ArticleNewsletters } from "@/components/newsletters/article-newsletters";
import { SupportBox } from "@/components/membership/support-box";
import { ArticleTrail } from "./article-trail";
import { DateTime } from "./date-time";
import { NarrationPlayer } from "@/components/islands/server";
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
  const edition = article.edition;
  const t = messagesFor(edition);
  const label = t.typeLabels[article.type];
  // Membership is run in English only; each edition has its comments and newsletters.
  const english = edition === "en";
  return (
    <article className={`article article-${article.type.toLowerCase()}`}>
      <header className="article-header">
        {staffTools}
        {!isPage ? <ArticleTrail article={article} edition={edition} /> : null}
        {label ? <p className="kicker article-kicker">{label}</p> : null}
        <h1 className="article-title">{article.title}</h1>
        {article.standfirst ? <p className="article-standfirst">{article.standfirst}</p> : null}
        {article.translations.length ? (
          <ul className="article-translations" aria-label={t.otherEditions}>
            {article.translations.map((other) => (
              <li key={other.edition}>
                <Link
                  href={paths.article(other.slug, other.edition)}
                  hrefLang={EDITION_INFO[other.edition].lang}
                >
                  {t.readIn[other.edition]}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {!isPage ? (
          <div className="article-meta">
            <Byline authors={article.authors} edition={edition} />
            <p className="article-dates">
              <DateTime at={article.publishedAt} timeZone={timeZone} edition={edition} />
              {article.substantiveUpdatedAt ? (
                <>
                  {" · "}
                  <span className="updated">
                    {t.updated}{" "}
                    <DateTime
                      at={article.substantiveUpdatedAt}
                      timeZone={timeZone}
                      edition={edition}
                    />
                  </span>
                </>
              ) : null}
              {" · "}
              <span>{t.minRead(article.readingMinutes)}</span>
            </p>
          </div>
        ) : null}
      </header>
      {article.hero ? <HeroFigure image={article.hero} /> : null}
      {/* The audio version: a client island that loads nothing until played. */}
      {article.narration && !isPage ? (
        <NarrationPlayer narration={article.narration} edition={edition} />
      ) : null}
      <ArticleBody
        document={article.body}
        media={article.bodyMedia}
        related={article.relatedCards}
      />
      {article.corrections.length ? (
        <section className="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">{t.correctionsAndUpdates}</h2>
          <ul>
            {article.corrections.map((correction, index) => (
              <li key={index}>
                <strong>{t.correctionLabels[correction.kind]}</strong> (
                <DateTime at={correction.publishedAt} timeZone={timeZone} edition={edition} />) :{" "}
                {correction.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* The membership ask, hidden for members by the page's island. */}
      {!isPage && english ? <SupportBox /> : null}
      {!isPage && article.authors.length ? (
        <section className="author-boxes" aria-label={t.aboutTheAuthors}>
          {article.authors.map((author) => (
            <AuthorBox key={author.slug} author={author} />
          ))}
        </section>
      ) : null}
      {/* Published comments, cached with the page; the form is a client island. */}
      {!isPage ? (
        <ArticleComments
          articleId={article.id}
          edition={edition}
          path={paths.article(article.slug, edition)}
          timeZone={timeZone}
        />
      ) : null}
      {/* Newsletter sign-up forms after every story (not static pages). */}
      {!isPage ? <ArticleNewsletters edition={edition} /> : null}
    </article>
  );
}
