import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorLinks } from "@/components/article/author-links";
import { StoryListPage } from "@/components/article/story-list-page";
import { getLatestForAuthor } from "@/lib/articles/queries";
import { getAuthorBySlug } from "@/lib/authors/queries";
import { getSiteSettings } from "@/lib/site/settings";

type Props = { params: Promise<{ slug: string }> };

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

export default async function AuthorPage({ params }: Props) {
  const { slug } = await params;
  const [author, site] = await Promise.all([getAuthorBySlug(slug), getSiteSettings()]);
  if (!author) notFound();
  const stories = await getLatestForAuthor(author.id, 30);
  return (
    <StoryListPage
      kicker={author.jobTitle || "Author"}
      title={author.name}
      description={author.bio}
      stories={stories}
      timeZone={site.timezone}
    >
      <AuthorLinks name={author.name} links={author.links} />
    </StoryListPage>
  );
}
