import type { ArticleSummaryDto } from "@/lib/articles/dto";
import { editionPath } from "@/lib/i18n/editions";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
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
  edition = "en",
}: {
  related: ArticleSummaryDto[];
  moreNews: ArticleSummaryDto[];
  mostPopular: ArticleSummaryDto[];
  feed: ArticleSummaryDto[];
  editorsPicks: ArticleSummaryDto[];
  timeZone: string;
  edition?: Edition;
}) {
  const t = messagesFor(edition);
  return (
    <div className="article-extras">
      <StoryGridSection
        id="related-heading"
        title={t.relatedStories}
        stories={related}
        timeZone={timeZone}
        variant="compact"
      />
      <div className="rails-row">
        <Rail id="rail-popular" title={t.mostPopular} stories={mostPopular} numbered />
        <Rail
          id="rail-feed"
          title={t.newsFeed}
          href={editionPath(edition, "/news-feed")}
          stories={feed}
          timeZone={timeZone}
        />
        <Rail id="rail-picks" title={t.editorsPicks} stories={editorsPicks} />
      </div>
      <StoryGridSection
        id="more-heading"
        title={t.moreNews}
        stories={moreNews}
        timeZone={timeZone}
      />
    </div>
  );
}
