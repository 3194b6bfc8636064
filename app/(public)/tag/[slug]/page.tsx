import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryListPage } from "@/components/article/story-list-page";
import { getLatestForTag } from "@/lib/articles/queries";
import { getSiteSettings } from "@/lib/site/settings";
import { getTagBySlug } from "@/lib/tags/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [tag, site] = await Promise.all([getTagBySlug(slug), getSiteSettings()]);
  if (!tag) return { title: `Page not found | ${site.name}` };
  return {
    title: `${tag.name} | ${site.name}`,
    description: tag.description || `The latest reporting on ${tag.name} from ${site.name}.`,
    alternates: { canonical: `/tag/${tag.slug}` },
  };
}

export default async function TagPage({ params }: Props) {
  const { slug } = await params;
  const [tag, site] = await Promise.all([getTagBySlug(slug), getSiteSettings()]);
  if (!tag) notFound();
  const stories = await getLatestForTag(tag.id, 30);
  return (
    <StoryListPage
      kicker="Topic"
      title={tag.name}
      description={tag.description}
      stories={stories}
      timeZone={site.timezone}
    />
  );
}
