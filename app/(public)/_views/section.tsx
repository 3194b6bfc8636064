import type { Metadata } from "next";
import { ListRails } from "@/components/article/list-rails";
import { StoryListPage } from "@/components/article/story-list-page";
import { JsonLd } from "@/components/seo/json-ld";
import { encodeCursor, olderPath, type StoryCursor } from "@/lib/articles/cursor";
import { listStories, STORIES_PER_PAGE } from "@/lib/articles/lists";
import type { SectionDto } from "@/lib/sections/queries";
import { collectionPageJsonLd, seoContext } from "@/lib/seo/json-ld-site";
import { listMetadata, listPageSpan } from "@/lib/seo/metadata";
import { paths } from "@/lib/seo/urls";
import type { SiteSettingsDto } from "@/lib/site/settings";

export async function sectionPageMetadata(
  site: SiteSettingsDto,
  section: SectionDto,
  before: StoryCursor | null,
): Promise<Metadata> {
  const page = before
    ? await listStories({ kind: "section", id: section.id }, before, STORIES_PER_PAGE)
    : null;
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
    span: page ? listPageSpan(page.stories) : null,
  });
}

/** A section's stories, newest first, a page at a time. */
export async function SectionPageView({
  site,
  section,
  before,
}: {
  site: SiteSettingsDto;
  section: SectionDto;
  before: StoryCursor | null;
}) {
  const page = await listStories({ kind: "section", id: section.id }, before, STORIES_PER_PAGE);
  return (
    <>
      <JsonLd
        data={collectionPageJsonLd(seoContext(site), {
          name: section.name,
          description: section.description,
          path: paths.section(section.slug),
          pagePath: before ? olderPath(paths.section(section.slug), encodeCursor(before)) : null,
          stories: page.stories,
        })}
      />
      <StoryListPage
        kicker="Section"
        title={section.name}
        description={section.description}
        stories={page.stories}
        timeZone={site.timezone}
        basePath={`/${section.slug}`}
        older={page.older}
        isFirstPage={!before}
        aside={<ListRails />}
      />
    </>
  );
}
