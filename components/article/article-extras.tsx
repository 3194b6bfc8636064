import type { ArticleSummaryDto } from "@/lib/articles/dto";
import { Rail } from "./rail";
import { StoryGridSection } from "./story-grid-section";

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
      <StoryGridSection
        id="related-heading"
        title="Related stories"
        stories={related}
        timeZone={timeZone}
        variant="compact"
      />
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
      <StoryGridSection
        id="more-heading"
        title="More news"
        stories={moreNews}
        timeZone={timeZone}
      />
    </div>
  );
}
