import type { Metadata } from "next";
import type { StoryCursor } from "@/lib/articles/dto";
import type { SectionDto } from "@/lib/sections/dto";
import { collectionPageJsonLd } from "@/lib/seo/json-ld-site";
import { paths } from "@/lib/seo/urls";
import type { SiteSettingsDto } from "@/lib/site/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { storyListMetadata, StoryListView, type StoryList } from "./story-list";

function sectionList(section: SectionDto): StoryList {
  const path = paths.section(section.slug, section.edition);
  const t = messagesFor(section.edition);
  return {
    edition: section.edition,
    scope: { kind: "section", id: section.id },
    key: section.id,
    kicker: t.sectionKicker,
    name: section.name,
    description: section.description,
    fallbackDescription: (site) => t.sectionFallback(section.name, site),
    path,
    feedPath: paths.sectionFeed(section.slug, section.edition),
    jsonLd: (ctx, { pagePath, stories }) =>
      collectionPageJsonLd(ctx, {
        name: section.name,
        description: section.description,
        path,
        pagePath,
        stories,
      }),
  };
}

export function sectionPageMetadata(
  site: SiteSettingsDto,
  section: SectionDto,
  before: StoryCursor | null,
): Promise<Metadata> {
  return storyListMetadata(site, sectionList(section), before);
}

/** A section's stories, newest first, a page at a time. */
export function SectionPageView({
  site,
  section,
  before,
}: {
  site: SiteSettingsDto;
  section: SectionDto;
  before: StoryCursor | null;
}) {
  return <StoryListView site={site} list={sectionList(section)} before={before} />;
}
