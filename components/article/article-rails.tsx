"use client";

import Link from "next/link";
import { editionPath } from "@/lib/i18n/editions";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { useEffect, useRef, useState } from "react";
import type { ArticleRailsDto, ArticleSummaryDto } from "@/lib/articles/dto";
import { ArticleExtras } from "./article-extras";

/**
 * Related stories, More news and the rails under an article. They change
 * with every publish and every minute of "Most popular", so they are not
 * part of the article's cached HTML (which would then change with them):
 * this island fetches them from their own small, separately cached
 * endpoint as the reader nears the end of the story. Without JavaScript the
 * same place holds plain links to the lists they come from.
 */
export function ArticleRails({
  articleId,
  timeZone,
  section,
  tag,
  edition = "en",
}: {
  edition?: Edition;
  articleId: string;
  timeZone: string;
  section: { slug: string; name: string } | null;
  tag: { slug: string; name: string } | null;
}) {
  const [rails, setRails] = useState<ArticleRailsDto | null>(null);
  const t = messagesFor(edition);
  const anchor = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = anchor.current;
    if (!element) return;
    const controller = new AbortController();
    const load = () =>
      fetch(`/fragments/rails/${encodeURIComponent(articleId)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : null))
        .then((answer: ArticleRailsDto | null) => answer && setRails(revive(answer)))
        .catch(() => {});
    // Fetched once the reader is within a screen or two of the end.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          void load();
        }
      },
      { rootMargin: "1500px 0px" },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      controller.abort();
    };
  }, [articleId]);

  return (
    <div ref={anchor} className="article-rails">
      {rails ? (
        <ArticleExtras {...rails} timeZone={timeZone} edition={edition} />
      ) : (
        <nav className="article-rails-links" aria-label={t.moreStories}>
          <h2 className="section-block-heading">{t.moreStories}</h2>
          <ul>
            {section ? (
              <li>
                <Link href={editionPath(edition, `/${section.slug}`)}>
                  {t.moreFrom(section.name)}
                </Link>
              </li>
            ) : null}
            {tag ? (
              <li>
                <Link href={`/tag/${tag.slug}`}>{t.storiesAbout(tag.name)}</Link>
              </li>
            ) : null}
            <li>
              <Link href={editionPath(edition, "/news-feed")}>{t.newsFeedLink}</Link>
            </li>
          </ul>
        </nav>
      )}
    </div>
  );
}

/** JSON has no dates: the cards' publication times come back as Date objects. */
function revive(rails: ArticleRailsDto): ArticleRailsDto {
  const dates = (stories: ArticleSummaryDto[]) =>
    stories.map((story) => ({ ...story, publishedAt: new Date(story.publishedAt) }));
  return {
    related: dates(rails.related),
    moreNews: dates(rails.moreNews),
    mostPopular: dates(rails.mostPopular),
    feed: dates(rails.feed),
    editorsPicks: dates(rails.editorsPicks),
  };
}
