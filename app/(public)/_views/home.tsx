import type { Metadata } from "next";
import { Rail } from "@/components/article/rail";
import { StoryCard } from "@/components/article/story-card";
import { StoryGridSection } from "@/components/article/story-grid-section";
import { getLatestArticles, listStories } from "@/lib/articles/lists";
import { LiveNow } from "@/components/liveblog/live-now";
import { listLiveNow } from "@/lib/liveblog/queries";
import { getEditorsPicks } from "@/lib/articles/rails";
import { getNavigationSections } from "@/lib/sections/queries";
import { getSiteSettings } from "@/lib/site/settings";
import { getMostPopular } from "@/lib/views/queries";
import { JsonLd } from "@/components/seo/json-ld";
import { organizationJsonLd, seoContext, websiteJsonLd } from "@/lib/seo/json-ld-site";
import { homeMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/seo/urls";
import { editionSite } from "@/lib/i18n/edition-site";
import type { Edition } from "@/lib/i18n/dto";
import { messagesFor } from "@/lib/i18n/messages";
import { IslandsOnly } from "@/components/islands/server";

export async function homePageMetadata(edition: Edition = "en"): Promise<Metadata> {
  return homeMetadata(editionSite(await getSiteSettings(), edition), edition);
}

/** The front page: lead story, top stories, the rails and a block per section. */
export async function HomeView({ edition = "en" }: { edition?: Edition }) {
  const t = messagesFor(edition);
  const [settings, latest, sections, mostPopular, editorsPicks, liveNow] = await Promise.all([
    getSiteSettings(),
    getLatestArticles(24, edition),
    getNavigationSections(edition),
    getMostPopular(5, edition),
    getEditorsPicks(5, edition),
    // Live blogs are run by the English desk.
    edition === "en" ? listLiveNow() : [],
  ]);
  const site = editionSite(settings, edition);
  const sectionBlocks = await Promise.all(
    sections.map(async (section) => ({
      section,
      stories: (await listStories({ kind: "section", id: section.id }, null, 4)).stories,
    })),
  );
  const [lead, ...rest] = latest;
  const top = rest.slice(0, 6);
  const feed = rest.slice(6, 14);

  return (
    <div className="container home">
      <IslandsOnly />
      <JsonLd data={[organizationJsonLd(seoContext(site)), websiteJsonLd(seoContext(site))]} />
      <h1 className="visually-hidden">{site.name}</h1>
      <LiveNow stories={liveNow} />
      {lead ? (
        <div className="home-top">
          <section className="home-lead" aria-label={t.topStory}>
            <StoryCard
              article={lead}
              timeZone={site.timezone}
              variant="lead"
              headingLevel={2}
              priority
            />
          </section>
          <section className="home-top-stories" aria-labelledby="top-stories-heading">
            <h2 id="top-stories-heading" className="rail-heading">
              {t.topStories}
            </h2>
            <div className="story-grid">
              {top.map((article) => (
                <StoryCard key={article.id} article={article} timeZone={site.timezone} />
              ))}
            </div>
          </section>
          <aside className="home-feed home-rails" aria-label={t.homeRails}>
            <Rail
              id="rail-feed"
              title={t.newsFeed}
              href={paths.edition(edition).newsFeed}
              stories={feed}
              timeZone={site.timezone}
            />
            <Rail id="rail-popular" title={t.mostPopular} stories={mostPopular} numbered />
            <Rail id="rail-picks" title={t.editorsPicks} stories={editorsPicks} />
          </aside>
        </div>
      ) : (
        <p className="empty-state">{t.noStoriesYet}</p>
      )}
      {sectionBlocks.map(({ section, stories }) => (
        <StoryGridSection
          key={section.id}
          id={`section-${section.slug}`}
          title={section.name}
          href={paths.section(section.slug, edition)}
          stories={stories}
          timeZone={site.timezone}
        />
      ))}
    </div>
  );
}
