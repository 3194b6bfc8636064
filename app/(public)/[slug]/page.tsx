import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleExtras } from "@/components/article/article-extras";
import { ArticleView } from "@/components/article/article-view";
import { EditPostLink } from "@/components/article/edit-post-link";
import { ViewBeacon } from "@/components/article/view-beacon";
import { ListRails } from "@/components/article/list-rails";
import { StoryListPage } from "@/components/article/story-list-page";
import { decodeCursor, encodeCursor } from "@/lib/articles/cursor";
import { getLatestArticles, listStories, STORIES_PER_PAGE } from "@/lib/articles/lists";
import { getEditorsPicks, getMoreNews, getRelatedStories } from "@/lib/articles/rails";
import { getPublishedArticle } from "@/lib/articles/queries";
import { resolveSlug } from "@/lib/routing/resolve-slug";
import { getSectionById } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/site/settings";
import { getMostPopular } from "@/lib/views/queries";
import { SLUG_MAX_LENGTH } from "@/lib/slugs/rules";
import { JsonLd } from "@/components/seo/json-ld";
import { getArticleSeo } from "@/lib/seo/article-seo";
import { articleJsonLd } from "@/lib/seo/json-ld-article";
import { collectionPageJsonLd, seoContext } from "@/lib/seo/json-ld-site";
import { articleMetadata, listMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/seo/urls";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Resolves `/{slug}` to an article, a page or a section (or an old slug's new home). */
async function load(slug: string) {
  // Anything longer than a slug can be is not worth a query.
  if (slug.length > SLUG_MAX_LENGTH * 2) return null;
  const resolved = await resolveSlug(slug);
  if (!resolved) return null;
  if (resolved.kind === "redirect") permanentRedirect(resolved.location);
  if (resolved.kind === "article") {
    const article = await getPublishedArticle(resolved.articleId);
    return article ? { kind: "article" as const, article } : null;
  }
  const section = await getSectionById(resolved.sectionId);
  return section ? { kind: "section" as const, section } : null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [found, site] = await Promise.all([load(slug), getSiteSettings()]);
  if (!found) return { title: `Page not found | ${site.name}` };
  if (found.kind === "section") {
    const { section } = found;
    const before = decodeCursor((await searchParams).before);
    return listMetadata({
      site,
      kind: "section",
      key: section.id,
      kicker: "Section",
      name: section.name,
      description: section.description || `The latest ${section.name} stories from ${site.name}.`,
      path: paths.section(section.slug),
      feedPath: paths.sectionFeed(section.slug),
      before: before ? encodeCursor(before) : null,
    });
  }
  return articleMetadata(site, found.article, await getArticleSeo(found.article.id));
}

export default async function SlugPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const [found, site] = await Promise.all([load(slug), getSiteSettings()]);
  if (!found) notFound();
  if (found.kind === "article") {
    const { article } = found;
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
  const before = decodeCursor((await searchParams).before);
  const page = await listStories(
    { kind: "section", id: found.section.id },
    before,
    STORIES_PER_PAGE,
  );
  return (
    <>
      <JsonLd
        data={collectionPageJsonLd(seoContext(site), {
          name: found.section.name,
          description: found.section.description,
          path: paths.section(found.section.slug),
          stories: page.stories,
        })}
      />
      <StoryListPage
        kicker="Section"
        title={found.section.name}
        description={found.section.description}
        stories={page.stories}
        timeZone={site.timezone}
        basePath={`/${found.section.slug}`}
        older={page.older}
        isFirstPage={!before}
        aside={<ListRails />}
      />
    </>
  );
}
