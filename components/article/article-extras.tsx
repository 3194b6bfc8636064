import type { ArticleSummaryDto } from "@/lib/articles/dto";
import { Rail } from "./rail";
import { StoryCard } from "./story-card";

/** Everything under an article: related stories, more news and the rails. */
export function ArticleExtras({
  related,
  moreNews,
  mostPopular,
  feed,
  editorsPicks,
  timeZone,
}: {
  related: ArticleSummaryDto[];
  moreNews: ArticleSummaryDto[];
  mostPopular: ArticleSummaryDto[];
  feed: ArticleSummaryDto[];
  editorsPicks: ArticleSummaryDto[];
  timeZone: string;
}) {
  return (
    <div className="article-extras">
      {related.length ? (
        <section className="section-block" aria-labelledby="related-heading">
          <h2 id="related-heading" className="section-block-heading">
            Related stories
          </h2>
          <div className="story-grid story-grid-4">
            {related.map((story) => (
              <StoryCard key={story.id} article={story} timeZone={timeZone} variant="compact" />
            ))}
          </div>
        </section>
      ) : null}
      <div className="rails-row">
        <Rail id="rail-popular" title="Most popular" stories={mostPopular} numbered />
        <Rail
          id="rail-feed"
          title="News Feed"
          href="/news-feed"
          stories={feed}
          timeZone={timeZone}
        />
        <Rail id="rail-picks" title="Editors' Picks" stories={editorsPicks} />
      </div>
      {moreNews.length ? (
        <section className="section-block" aria-labelledby="more-heading">
          <h2 id="more-heading" className="section-block-heading">
            More news
          </h2>
          <div className="story-grid story-grid-4">
            {moreNews.map((story) => (
              <StoryCard key={story.id} article={story} timeZone={timeZone} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
