import type { ReactNode } from "react";
import type { ArticleSummaryDto } from "@/lib/articles/dto";
import { Pagination } from "./pagination";
import { StoryCard } from "./story-card";

import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";

/** The shared layout of section, tag and author pages: a heading block and the stories. */
export function StoryListPage({
  kicker,
  title,
  description,
  children,
  stories,
  timeZone,
  basePath,
  older,
  isFirstPage,
  aside,
  portrait,
  edition = "en",
}: {
  kicker: string;
  title: string;
  description?: string;
  children?: ReactNode;
  stories: ArticleSummaryDto[];
  timeZone: string;
  basePath: string;
  older: string | null;
  isFirstPage: boolean;
  /** Rails beside the list on wide screens, below it on phones. */
  aside?: ReactNode;
  /** A picture beside the heading (an author's portrait). */
  portrait?: ReactNode;
  edition?: Edition;
}) {
  const t = messagesFor(edition);
  return (
    <div className="container list-page">
      <header className={portrait ? "list-header list-header-portrait" : "list-header"}>
        {portrait}
        <div>
          <p className="kicker">{kicker}</p>
          <h1>{title}</h1>
          {description ? <p className="list-description">{description}</p> : null}
          {children}
        </div>
      </header>
      <div className="list-layout">
        <div>
          {stories.length ? (
            <div className="story-list">
              {stories.map((article, index) => (
                <StoryCard
                  key={article.id}
                  article={article}
                  timeZone={timeZone}
                  headingLevel={2}
                  priority={index === 0}
                />
              ))}
            </div>
          ) : (
            <p className="empty-state">{isFirstPage ? t.nothingHereYet : t.noOlderStories}</p>
          )}
          <Pagination
            basePath={basePath}
            older={older}
            isFirstPage={isFirstPage}
            edition={edition}
          />
        </div>
        {aside ? <aside className="list-aside home-rails">{aside}</aside> : null}
      </div>
    </div>
  );
}
