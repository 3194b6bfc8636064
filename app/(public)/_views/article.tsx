import type { Metadata } from "next";
import { ArticleExtras } from "@/components/article/article-extras";
import { ArticleView } from "@/components/article/article-view";
import { EditPostLink } from "@/components/article/edit-post-link";
import { ViewBeacon } from "@/components/article/view-beacon";
import { JsonLd } from "@/components/seo/json-ld";
import type { ArticleDetailDto } from "@/lib/articles/dto";
import { getLatestArticles } from "@/lib/articles/lists";
import { getEditorsPicks, getMoreNews, getRelatedStories } from "@/lib/articles/rails";
import { getArticleSeo } from "@/lib/seo/article-seo";
import { articleJsonLd } from "@/lib/seo/json-ld-article";
import { seoContext } from "@/lib/seo/json-ld-site";
import { articleMetadata } from "@/lib/seo/metadata";
import type { SiteSettingsDto } from "@/lib/site/settings";
import { getMostPopular } from "@/lib/views/queries";

export async function articlePageMetadata(
  site: SiteSettingsDto,
  article: ArticleDetailDto,
): Promise<Metadata> {
  return articleMetadata(site, article, await getArticleSeo(article.id));
}

/** An article, or a static page, with everything around it. */
export async function ArticlePageView({
  site,
  article,
}: {
  site: SiteSettingsDto;
  article: ArticleDetailDto;
}) {
  const jsonLd = (
    <JsonLd data={articleJsonLd(seoContext(site), article, await getArticleSeo(article.id))} />
  );
  if (article.type === "PAGE") {
    return (
      <div className="container">
        {jsonLd}
        <ArticleView
          article={article}
          timeZone={site.timezone}
          staffTools={<EditPostLink articleId={article.id} />}
        />
      </div>
    );
  }
  const [moreNews, mostPopular, feed, editorsPicks] = await Promise.all([
    getMoreNews(article),
    getMostPopular(5),
    getLatestArticles(6),
    getEditorsPicks(5),
  ]);
  const related = await getRelatedStories(
    { id: article.id, tagIds: article.tags.map((tag) => tag.id) },
    moreNews.map((story) => story.id),
  );
  return (
    <div className="container">
      {jsonLd}
      <ArticleView
        article={article}
        timeZone={site.timezone}
        staffTools={<EditPostLink articleId={article.id} />}
      />
      <ViewBeacon articleId={article.id} />
      <ArticleExtras
        related={related}
        moreNews={moreNews}
        mostPopular={mostPopular}
        feed={feed.filter((story) => story.id !== article.id).slice(0, 5)}
        editorsPicks={editorsPicks.filter((story) => story.id !== article.id)}
        timeZone={site.timezone}
      />
    </div>
  );
}
