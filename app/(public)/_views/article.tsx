import type { Metadata } from "next";
import { ArticleView } from "@/components/article/article-view";
import { ArticleRails, EditPostLink, IslandsOnly, ViewBeacon } from "@/components/islands/server";
import { JsonLd } from "@/components/seo/json-ld";
import type { ArticleDetailDto } from "@/lib/articles/dto";
import { getArticleSeo } from "@/lib/seo/article-seo";
import { articleJsonLd } from "@/lib/seo/json-ld-article";
import { seoContext } from "@/lib/seo/json-ld-site";
import { articleMetadata } from "@/lib/seo/metadata";
import type { SiteSettingsDto } from "@/lib/site/dto";

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
  // A page (About, Contacts): no comments, player or rails.
  if (article.type === "PAGE") {
    return (
      <div className="container">
        <IslandsOnly />
        {jsonLd}
        <ArticleView
          article={article}
          timeZone={site.timezone}
          staffTools={<EditPostLink articleId={article.id} />}
        />
      </div>
    );
  }
  // Its player, comments, rails and beacon are islands too.
  return (
    <div className="container">
      <IslandsOnly />
      {jsonLd}
      <ArticleView
        article={article}
        timeZone={site.timezone}
        staffTools={<EditPostLink articleId={article.id} />}
      />
      <ViewBeacon articleId={article.id} />
      {/* Apart from this page's cached HTML: they change with other stories. */}
      <ArticleRails
        articleId={article.id}
        timeZone={site.timezone}
        section={article.section}
        tag={article.tags[0] ?? null}
        edition={article.edition}
      />
    </div>
  );
}
