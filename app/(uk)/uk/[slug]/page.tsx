import { slugRoute } from "../../../(public)/_views/slug-route";

// As the English edition's pages: rendered on a visitor's first request,
// then served from the full-route cache (app/(public)/[slug]/page.tsx).
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/** The Ukrainian edition's `/uk/{slug}` (`/uk` is rewritten to `/uk/home`). */
const route = slugRoute("uk");
export const generateMetadata = route.generateMetadata;
export default route.Page;
