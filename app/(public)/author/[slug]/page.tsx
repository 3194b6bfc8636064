import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorLinks } from "@/components/article/author-links";
import { AuthorPortrait } from "@/components/article/author-portrait";
import { ListRails } from "@/components/article/list-rails";
import { StoryListPage } from "@/components/article/story-list-page";
import { encodeCursor, listPosition, olderPath } from "@/lib/articles/cursor";
import { listStories, STORIES_PER_PAGE } from "@/lib/articles/lists";
import { getAuthorBySlug } from "@/lib/authors/queries";
import { getSiteSettings } from "@/lib/site/settings";
import { JsonLd } from "@/components/seo/json-ld";
import { profilePageJsonLd, seoContext } from "@/lib/seo/json-ld-site";
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
  const [author, site] = await Promise.all([getAuthorBySlug(slug), getSiteSettings()]);
  if (!author || !position) return { title: `Page not found | ${site.name}` };
  const before = position.before;
  const page = before
    ? await listStories({ kind: "author", id: author.id }, before, STORIES_PER_PAGE)
    : null;
  return listMetadata({
    site,
    kind: "author",
    key: author.slug,
    kicker: author.jobTitle || "Author",
    name: author.name,
    description: author.bio || `Articles by ${author.name} for ${site.name}.`,
    path: paths.author(author.slug),
    feedPath: paths.authorFeed(author.slug),
    before: before ? encodeCursor(before) : null,
    span: page ? listPageSpan(page.stories) : null,
  });
}

export default async function AuthorPage({ params }: Props) {
  const { slug, cursor } = await params;
  const position = listPosition(cursor);
  const [author, site] = await Promise.all([getAuthorBySlug(slug), getSiteSettings()]);
  if (!author || !position) notFound();
  const before = position.before;
  const page = await listStories({ kind: "author", id: author.id }, before, STORIES_PER_PAGE);
  return (
    <>
      <JsonLd
        data={profilePageJsonLd(
          seoContext(site),
          { ...author, image: author.avatar?.src ?? null },
          before ? olderPath(paths.author(author.slug), encodeCursor(before)) : null,
        )}
      />
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
        portrait={
          author.avatar ? (
            <AuthorPortrait
              name={author.name}
              image={author.avatar}
              size={112}
              className="list-portrait"
            />
          ) : null
        }
      >
        <AuthorLinks name={author.name} links={author.links} />
      </StoryListPage>
    </>
  );
}
