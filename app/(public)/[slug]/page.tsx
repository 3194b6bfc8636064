import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { listPosition } from "@/lib/articles/cursor";
import { getPublishedArticle } from "@/lib/articles/queries";
import { resolveSlug } from "@/lib/routing/resolve-slug";
import { getSectionById } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/site/settings";
import { SITE_PAGE_SLUGS, SLUG_MAX_LENGTH } from "@/lib/slugs/rules";
import { ArticlePageView, articlePageMetadata } from "../_views/article";
import { CorrectionsView, correctionsMetadata } from "../_views/corrections";
import { HomeView, homePageMetadata } from "../_views/home";
import { LiveBlogPageView, liveBlogPageMetadata } from "../_views/live-blog";
import { MembershipView, membershipMetadata } from "../_views/membership";
import { NewsFeedView, newsFeedMetadata } from "../_views/news-feed";
import { NewslettersView, newslettersMetadata } from "../_views/newsletters";
import { SectionPageView, sectionPageMetadata } from "../_views/section";

export type SlugPageProps = { params: Promise<{ slug: string; cursor?: string }> };

// Rendered on a visitor's first request, never at build time (the build has
// no database), then served from Next's full-route cache until what the page
// shows changes (tags, see lib/cache/page-tags.ts) or this many seconds pass.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/**
 * What `/{slug}` (and `/{slug}/older/{cursor}`) is: one of the site's own
 * pages (SITE_PAGE_SLUGS, reserved for them in lib/slugs/rules.ts),
 * an article, a page, a live blog (whose older updates page like a list)
 * or a section (or an old slug's new home), else nothing.
 */
async function load(slug: string, cursor: string | undefined) {
  const position = listPosition(cursor);
  if (!position) return null;
  const { before } = position;
  if (slug === SITE_PAGE_SLUGS.home) return before ? null : { kind: "home" as const };
  if (slug === SITE_PAGE_SLUGS.newsFeed) return { kind: "news-feed" as const, before };
  if (slug === SITE_PAGE_SLUGS.corrections) return { kind: "corrections" as const, before };
  if (slug === SITE_PAGE_SLUGS.newsletters) {
    return before ? null : { kind: "newsletters" as const };
  }
  if (slug === SITE_PAGE_SLUGS.membership) {
    return before ? null : { kind: "membership" as const };
  }
  // Anything longer than a slug can be is not worth a query.
  if (slug.length > SLUG_MAX_LENGTH * 2) return null;
  const resolved = await resolveSlug(slug);
  if (!resolved) return null;
  if (resolved.kind === "redirect") permanentRedirect(resolved.location);
  if (resolved.kind === "article") {
    const article = await getPublishedArticle(resolved.articleId);
    if (article?.type === "LIVE_BLOG") return { kind: "live" as const, article, before };
    if (before) return null;
    return article ? { kind: "article" as const, article } : null;
  }
  const section = await getSectionById(resolved.sectionId);
  return section ? { kind: "section" as const, section, before } : null;
}

export async function generateMetadata({ params }: SlugPageProps): Promise<Metadata> {
  const { slug, cursor } = await params;
  const [found, site] = await Promise.all([load(slug, cursor), getSiteSettings()]);
  if (!found) return { title: `Page not found | ${site.name}` };
  switch (found.kind) {
    case "home":
      return homePageMetadata();
    case "news-feed":
      return newsFeedMetadata(found.before);
    case "corrections":
      return correctionsMetadata(found.before);
    case "newsletters":
      return newslettersMetadata();
    case "membership":
      return membershipMetadata();
    case "section":
      return sectionPageMetadata(site, found.section, found.before);
    case "article":
      return articlePageMetadata(site, found.article);
    case "live":
      return liveBlogPageMetadata(site, found.article, found.before);
  }
}

export default async function SlugPage({ params }: SlugPageProps) {
  const { slug, cursor } = await params;
  const [found, site] = await Promise.all([load(slug, cursor), getSiteSettings()]);
  if (!found) notFound();
  switch (found.kind) {
    case "home":
      return <HomeView />;
    case "news-feed":
      return <NewsFeedView before={found.before} />;
    case "corrections":
      return <CorrectionsView before={found.before} />;
    case "newsletters":
      return <NewslettersView />;
    case "membership":
      return <MembershipView />;
    case "section":
      return <SectionPageView site={site} section={found.section} before={found.before} />;
    case "article":
      return <ArticlePageView site={site} article={found.article} />;
    case "live":
      return <LiveBlogPageView site={site} article={found.article} before={found.before} />;
  }
}
