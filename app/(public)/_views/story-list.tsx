import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ListRails } from "@/components/article/list-rails";
import { StoryListPage } from "@/components/article/story-list-page";
import { JsonLd } from "@/components/seo/json-ld";
import type { ArticleSummaryDto, StoryCursor, StoryScope } from "@/lib/articles/dto";
import { encodeCursor, listPosition, olderPath } from "@/lib/articles/cursor";
import { listStories, STORIES_PER_PAGE } from "@/lib/articles/lists";
import type { JsonLdNode, SeoContext } from "@/lib/seo/dto";
import { seoContext } from "@/lib/seo/json-ld-site";
import { listMetadata, listPageSpan } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/site/settings";
import type { SiteSettingsDto } from "@/lib/site/dto";
import type { Edition } from "@/lib/i18n/dto";
import { IslandsOnly } from "@/components/islands/server";

/** What a section, tag or author page lists, and how it presents itself. */
export interface StoryList {
  scope: Exclude<StoryScope, { kind: "all" }>;
  /** The edition whose page this is (English unless a section says otherwise). */
  edition?: Edition;
  /** The key of the list's metadata (lib/seo/metadata.ts). */
  key: string;
  kicker: string;
  name: string;
  /** Shown under the heading; may be empty. */
  description: string;
  /** For search engines and link previews when `description` is empty. */
  fallbackDescription: (siteName: string) => string;
  /** The list's first page. */
  path: string;
  feedPath: string;
  jsonLd: (
    ctx: SeoContext,
    page: { pagePath: string | null; stories: ArticleSummaryDto[] },
  ) => JsonLdNode;
  /** A picture beside the heading (an author's portrait). */
  portrait?: ReactNode;
  /** More under the description (an author's links). */
  more?: ReactNode;
}

export async function storyListMetadata(
  site: SiteSettingsDto,
  list: StoryList,
  before: StoryCursor | null,
): Promise<Metadata> {
  // An older page's description names the span of its stories.
  const page = before ? await listStories(list.scope, before, STORIES_PER_PAGE) : null;
  return listMetadata({
    site,
    kind: list.scope.kind,
    key: list.key,
    kicker: list.kicker,
    name: list.name,
    description: list.description || list.fallbackDescription(site.name),
    path: list.path,
    feedPath: list.feedPath,
    before: before ? encodeCursor(before) : null,
    span: page ? listPageSpan(page.stories) : null,
  });
}

/** A list's stories, newest first, a page at a time. */
export async function StoryListView({
  site,
  list,
  before,
}: {
  site: SiteSettingsDto;
  list: StoryList;
  before: StoryCursor | null;
}) {
  const page = await listStories(list.scope, before, STORIES_PER_PAGE);
  const pagePath = before ? olderPath(list.path, encodeCursor(before)) : null;
  return (
    <>
      <IslandsOnly />
      <JsonLd data={list.jsonLd(seoContext(site), { pagePath, stories: page.stories })} />
      <StoryListPage
        kicker={list.kicker}
        title={list.name}
        description={list.description}
        stories={page.stories}
        basePath={list.path}
        older={page.older}
        isFirstPage={!before}
        aside={<ListRails edition={list.edition} />}
        timeZone={site.timezone}
        edition={list.edition}
        portrait={list.portrait}
      >
        {list.more}
      </StoryListPage>
    </>
  );
}

type ListRouteProps = { params: Promise<{ slug: string; cursor?: string }> };

/**
 * The metadata and page of a `/…/[slug]` list route (tag, author) and of
 * its `older/[cursor]` pages, from how to find the list by its slug.
 */
export function storyListRoute(find: (slug: string) => Promise<StoryList | null>) {
  async function load({ params }: ListRouteProps) {
    const { slug, cursor } = await params;
    const position = listPosition(cursor);
    const [list, site] = await Promise.all([find(slug), getSiteSettings()]);
    return { list: position ? list : null, site, before: position?.before ?? null };
  }
  return {
    async generateMetadata(props: ListRouteProps): Promise<Metadata> {
      const { list, site, before } = await load(props);
      if (!list) return { title: `Page not found | ${site.name}` };
      return storyListMetadata(site, list, before);
    },
    async Page(props: ListRouteProps) {
      const { list, site, before } = await load(props);
      if (!list) notFound();
      return <StoryListView site={site} list={list} before={before} />;
    },
  };
}
