import { slugRoute } from "../_views/slug-route";

// Rendered on a visitor's first request, never at build time (the build has
// no database), then served from Next's full-route cache until what the page
// shows changes (tags, see lib/cache/page-tags.ts) or this many seconds pass.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/** The English edition's `/{slug}`: see slugRoute. */
const route = slugRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
