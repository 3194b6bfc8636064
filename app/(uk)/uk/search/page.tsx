import { searchRoute } from "../../../(public)/_views/search";

// Rendered per request, never kept in the page cache (as the English search).
export const dynamic = "force-dynamic";

/**
 * The Ukrainian edition's search: its own stories only, found in any
 * grammatical form (lib/search/query-sql.ts).
 */
const route = searchRoute("uk");
export const generateMetadata = route.generateMetadata;
export default route.Page;
