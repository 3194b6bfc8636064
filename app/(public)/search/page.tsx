import { searchRoute } from "../_views/search";

// Different for every visitor (a token, a query, a session): rendered per
// request, never at build time and never kept in the page cache.
export const dynamic = "force-dynamic";

/** Search across the English edition's stories (app/(public)/_views/search.tsx). */
const route = searchRoute("en");
export const generateMetadata = route.generateMetadata;
export default route.Page;
