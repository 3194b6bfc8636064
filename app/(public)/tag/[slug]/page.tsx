import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListRails } from "@/components/article/list-rails";
import { StoryListPage } from "@/components/article/story-list-page";
import { encodeCursor, listPosition, olderPath } from "@/lib/articles/cursor";
import { listStories, STORIES_PER_PAGE } from "@/lib/articles/lists";
import { getSiteSettings } from "@/lib/site/settings";
import { getTagBySlug } from "@/lib/tags/queries";
import { JsonLd } from "@/components/seo/json-ld";
import { collectionPageJsonLd, seoContext } from "@/lib/seo/json-ld-site";
import { listMetadata, listPageSpan } from "@/lib/seo/metadata";
import { paths } from "@/lib/seo/urls";

type Props = { params: Promise<{ slug: string; cursor?: string }> };

// Rendered on first request and kept in the full-route cache (see [slug]/page.tsx).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, cursor } = await params;
  const position = listPosition(cursor);
  const [tag, site] = await Promise.all([getTagBySlug(slug), getSiteSettings()]);
  if (!tag || !position) return { title: `Page not found | ${site.name}` };
  const before = position.before;
  const page = before
    ? await listStories({ kind: "tag", id: tag.id }, before, STORIES_PER_PAGE)
    : null;
  return listMetadata({
    site,
    kind: "tag",
    key: tag.slug,
    kicker: "Topic",
    name: tag.name,
    description: tag.description || `The latest reporting on ${tag.name} from ${site.name}.`,
    path: paths.tag(tag.slug),
    feedPath: paths.tagFeed(tag.slug),
    before: before ? encodeCursor(before) : null,
    span: page ? listPageSpan(page.stories) : null,
  });
}

export default async function TagPage({ params }: Props) {
  const { slug, cursor } = await params;
  const position = listPosition(cursor);
  const [tag, site] = await Promise.all([getTagBySlug(slug), getSiteSettings()]);
  if (!tag || !position) notFound();
  const before = position.before;
  const page = await listStories({ kind: "tag", id: tag.id }, before, STORIES_PER_PAGE);
  return (
    <>
      <JsonLd
        data={collectionPageJsonLd(seoContext(site), {
          name: tag.name,
          description: tag.description,
          path: paths.tag(tag.slug),
          pagePath: before ? olderPath(paths.tag(tag.slug), encodeCursor(before)) : null,
          stories: page.stories,
        })}
      />
      <StoryListPage
        kicker="Topic"
        title={tag.name}
        description={tag.description}
        stories={page.stories}
        basePath={`/tag/${tag.slug}`}
        older={page.older}
        isFirstPage={!before}
        aside={<ListRails />}
        timeZone={site.timezone}
      />
    </>
  );
}
