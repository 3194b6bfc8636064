import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorLinks } from "@/components/article/author-links";
import { ListRails } from "@/components/article/list-rails";
import { StoryListPage } from "@/components/article/story-list-page";
import { decodeCursor } from "@/lib/articles/cursor";
import { listStories, STORIES_PER_PAGE } from "@/lib/articles/lists";
import { getAuthorBySlug } from "@/lib/authors/queries";
import { getSiteSettings } from "@/lib/site/settings";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [author, site] = await Promise.all([getAuthorBySlug(slug), getSiteSettings()]);
  if (!author) return { title: `Page not found | ${site.name}` };
  return {
    title: `${author.name} | ${site.name}`,
    description: author.bio || `Articles by ${author.name}.`,
    alternates: { canonical: `/author/${author.slug}` },
  };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const [author, site] = await Promise.all([getAuthorBySlug(slug), getSiteSettings()]);
  if (!author) notFound();
  const before = decodeCursor((await searchParams).before);
  const page = await listStories({ kind: "author", id: author.id }, before, STORIES_PER_PAGE);
  return (
    <StoryListPage
      kicker={author.jobTitle || "Author"}
      title={author.name}
      description={author.bio}
      stories={page.stories}
      basePath={`/author/${author.slug}`}
      older={page.older}
      isFirstPage={!before}
      aside={<ListRails />}
      timeZone={site.timezone}
    >
      <AuthorLinks name={author.name} links={author.links} />
    </StoryListPage>
  );
}
