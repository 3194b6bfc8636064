import { getTagBySlug } from "@/lib/tags/queries";
import { collectionPageJsonLd } from "@/lib/seo/json-ld-site";
import { paths } from "@/lib/seo/urls";
import { storyListRoute } from "../../_views/story-list";

// Rendered on first request and kept in the full-route cache (see [slug]/page.tsx).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

const route = storyListRoute(async (slug) => {
  const tag = await getTagBySlug(slug);
  if (!tag) return null;
  const path = paths.tag(tag.slug);
  return {
    scope: { kind: "tag", id: tag.id },
    key: tag.slug,
    kicker: "Topic",
    name: tag.name,
    description: tag.description,
    fallbackDescription: (site) => `The latest reporting on ${tag.name} from ${site}.`,
    path,
    feedPath: paths.tagFeed(tag.slug),
    jsonLd: (ctx, { pagePath, stories }) =>
      collectionPageJsonLd(ctx, {
        name: tag.name,
        description: tag.description,
        path,
        pagePath,
        stories,
      }),
  };
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
