import { AuthorLinks } from "@/components/article/author-links";
import { AuthorPortrait } from "@/components/article/author-portrait";
import { getAuthorBySlug } from "@/lib/authors/queries";
import { profilePageJsonLd } from "@/lib/seo/json-ld-site";
import { paths } from "@/lib/seo/urls";
import { storyListRoute } from "../../_views/story-list";

// Rendered on first request and kept in the full-route cache (see [slug]/page.tsx).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

const route = storyListRoute(async (slug) => {
  const author = await getAuthorBySlug(slug);
  if (!author) return null;
  const kicker = author.jobTitle || "Author";
  return {
    scope: { kind: "author", id: author.id },
    key: author.slug,
    kicker,
    name: author.name,
    description: author.bio,
    fallbackDescription: (site) => `Articles by ${author.name} for ${site}.`,
    path: paths.author(author.slug),
    feedPath: paths.authorFeed(author.slug),
    jsonLd: (ctx, { pagePath }) =>
      profilePageJsonLd(ctx, { ...author, image: author.avatar?.src ?? null }, pagePath),
    portrait: author.avatar ? (
      <AuthorPortrait
        name={author.name}
        image={author.avatar}
        size={112}
        className="list-portrait"
      />
    ) : null,
    more: <AuthorLinks name={author.name} links={author.links} />,
  };
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
