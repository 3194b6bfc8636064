import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { listPosition } from "@/lib/articles/cursor";
import { getPublishedArticle } from "@/lib/articles/queries";
import { editionSite } from "@/lib/i18n/edition-site";
import { editionPath } from "@/lib/i18n/editions";
import type { Edition } from "@/lib/i18n/dto";
import { resolveSlug } from "@/lib/routing/resolve-slug";
import { getSectionById } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/site/settings";
import { SITE_PAGE_SLUGS, SLUG_MAX_LENGTH } from "@/lib/slugs/rules";
import { ArticlePageView, articlePageMetadata } from "./article";
import { CorrectionsView, correctionsMetadata } from "./corrections";
import { HomeView, homePageMetadata } from "./home";
import { LiveBlogPageView, liveBlogPageMetadata } from "./live-blog";
import { MembershipView, membershipMetadata } from "./membership";
import { NewsFeedView, newsFeedMetadata } from "./news-feed";
import { NewslettersView, newslettersMetadata } from "./newsletters";
import { SectionPageView, sectionPageMetadata } from "./section";

export type SlugPageProps = { params: Promise<{ slug: string; cursor?: string }> };

/**
 * What `/{slug}` (and `/{slug}/older/{cursor}`) is in an edition: one of the
 * site's own pages (SITE_PAGE_SLUGS, reserved for them in
 * lib/slugs/rules.ts), an article, a page, a live blog (whose older updates
 * page like a list) or a section (or an old slug's new home), else nothing.
 * Corrections and membership are run by the English edition alone; each
 * edition has its own newsletters. A slug of the other edition is sent to
 * its own address.
 */
async function load(edition: Edition, slug: string, cursor: string | undefined) {
  const position = listPosition(cursor);
  if (!position) return null;
  const { before } = position;
  const english = edition === "en";
  if (slug === SITE_PAGE_SLUGS.home) return before ? null : { kind: "home" as const };
  if (slug === SITE_PAGE_SLUGS.newsFeed) return { kind: "news-feed" as const, before };
  if (slug === SITE_PAGE_SLUGS.corrections) {
    return english ? { kind: "corrections" as const, before } : null;
  }
  if (slug === SITE_PAGE_SLUGS.newsletters) {
    return before ? null : { kind: "newsletters" as const };
  }
  if (slug === SITE_PAGE_SLUGS.membership) {
    return before || !english ? null : { kind: "membership" as const };
  }
  // Anything longer than a slug can be is not worth a query.
  if (slug.length > SLUG_MAX_LENGTH * 2) return null;
  const resolved = await resolveSlug(slug);
  if (!resolved) return null;
  if (resolved.kind === "redirect") permanentRedirect(resolved.location);
  if (resolved.edition !== edition) permanentRedirect(editionPath(resolved.edition, `/${slug}`));
  if (resolved.kind === "article") {
    const article = await getPublishedArticle(resolved.articleId);
    if (article?.type === "LIVE_BLOG") return { kind: "live" as const, article, before };
    if (before) return null;
    return article ? { kind: "article" as const, article } : null;
  }
  const section = await getSectionById(resolved.sectionId);
  return section ? { kind: "section" as const, section, before } : null;
}

async function loadWithSite(edition: Edition, props: SlugPageProps) {
  const { slug, cursor } = await props.params;
  const [found, site] = await Promise.all([load(edition, slug, cursor), getSiteSettings()]);
  return { found, site: editionSite(site, edition) };
}

/** The metadata and page of an edition's `[slug]` route and its `older/[cursor]` pages. */
export function slugRoute(edition: Edition) {
  return {
    async generateMetadata(props: SlugPageProps): Promise<Metadata> {
      const { found, site } = await loadWithSite(edition, props);
      if (!found) return { title: `Page not found | ${site.name}` };
      switch (found.kind) {
        case "home":
          return homePageMetadata(edition);
        case "news-feed":
          return newsFeedMetadata(found.before, edition);
        case "corrections":
          return correctionsMetadata(found.before);
        case "newsletters":
          return newslettersMetadata(edition);
        case "membership":
          return membershipMetadata();
        case "section":
          return sectionPageMetadata(site, found.section, found.before);
        case "article":
          return articlePageMetadata(site, found.article);
        case "live":
          return liveBlogPageMetadata(site, found.article, found.before);
      }
    },
    async Page(props: SlugPageProps) {
      const { found, site } = await loadWithSite(edition, props);
      if (!found) notFound();
      switch (found.kind) {
        case "home":
          return <HomeView edition={edition} />;
        case "news-feed":
          return <NewsFeedView before={found.before} edition={edition} />;
        case "corrections":
          return <CorrectionsView before={found.before} />;
        case "newsletters":
          return <NewslettersView edition={edition} />;
        case "membership":
          return <MembershipView />;
        case "section":
          return <SectionPageView site={site} section={found.section} before={found.before} />;
        case "article":
          return <ArticlePageView site={site} article={found.article} />;
        case "live":
          return <LiveBlogPageView site={site} article={found.article} before={found.before} />;
      }
    },
  };
}
