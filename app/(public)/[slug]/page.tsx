import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { StoryListPage } from "@/components/article/story-list-page";
import { decodeCursor } from "@/lib/articles/cursor";
import { listStories, STORIES_PER_PAGE } from "@/lib/articles/lists";
import { getPublishedArticle } from "@/lib/articles/queries";
import { resolveSlug } from "@/lib/routing/resolve-slug";
import { getSectionById } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/site/settings";
import { SLUG_MAX_LENGTH } from "@/lib/slugs/rules";

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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [found, site] = await Promise.all([load(slug), getSiteSettings()]);
  if (!found) return { title: `Page not found | ${site.name}` };
  if (found.kind === "section") {
    return {
      title: `${found.section.name} | ${site.name}`,
      description: found.section.description,
      alternates: { canonical: `/${found.section.slug}` },
    };
  }
  const { article } = found;
  return {
    title: `${article.seoTitle || article.title} | ${site.name}`,
    description: article.seoDescription || article.standfirst,
    alternates: { canonical: `/${article.slug}` },
  };
}

export default async function SlugPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const [found, site] = await Promise.all([load(slug), getSiteSettings()]);
  if (!found) notFound();
  if (found.kind === "article") {
    return (
      <div className="container">
        <ArticleView article={found.article} timeZone={site.timezone} />
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
    <StoryListPage
      kicker="Section"
      title={found.section.name}
      description={found.section.description}
      stories={page.stories}
      timeZone={site.timezone}
      basePath={`/${found.section.slug}`}
      older={page.older}
      isFirstPage={!before}
    />
  );
}
