import { NextResponse, type NextRequest } from "next/server";
import { decodeCursor, olderPath } from "./lib/articles/cursor";
import { authorExists, tagExists } from "./lib/routing/exists";
import { resolveRoute } from "./lib/routing/routes";
import { checkSlug } from "./lib/slugs/rules";

/** Pages of the site's own at the root, rendered by the [slug] route. */
const SITE_PAGES = new Set(["news-feed", "corrections", "newsletters"]);

/**
 * In front of the cached reader routes: permanent redirects pages cannot
 * send (they can only send 308) for old slugs and for lists addressed the
 * old way (`?before=`), and a server-rendered 404 for addresses that lead
 * nowhere. (A cached route that calls notFound() sends a 404 whose body only
 * scripts can draw, which readers without JavaScript and crawlers never
 * see.) Lookups go through the same cached resolvers the pages use.
 * Authorization is never decided here.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const before = searchParams.get("before");
  if (before !== null) return redirect(request, listAddress(pathname, before));

  const [first, second, third, fourth, ...rest] = pathname.slice(1).split("/");
  const listed = first === "tag" || first === "author";
  const slug = listed ? second : first;
  const older = listed ? [third, fourth] : [second, third];
  if (!slug || rest.length) return NextResponse.next();
  // An older page needs a cursor that can be read.
  if (older[0] !== undefined && (older[0] !== "older" || !decodeCursor(older[1]))) {
    return notFound(request);
  }
  // Slugs that cannot be content (files, the app's own routes) pass through.
  if (checkSlug(slug) !== null) return NextResponse.next();

  if (first === "tag") return (await tagExists(slug)) ? NextResponse.next() : notFound(request);
  if (first === "author") {
    return (await authorExists(slug)) ? NextResponse.next() : notFound(request);
  }
  if (SITE_PAGES.has(slug)) return NextResponse.next();
  const resolved = await resolveRoute(slug);
  if (!resolved) return notFound(request);
  if (resolved.kind === "redirect" && older[0] === undefined) {
    return redirect(request, resolved.location);
  }
  return NextResponse.next();
}

/** The list page a `?before=` link meant: its older page, or its first if the cursor is bad. */
function listAddress(pathname: string, before: string): string {
  const cursor = decodeCursor(before);
  return cursor ? olderPath(pathname, before) : pathname;
}

function redirect(request: NextRequest, pathname: string): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.searchParams.delete("before");
  const response = NextResponse.redirect(url, 301);
  // Browsers keep a 301 forever unless told otherwise; a day lets an address
  // that is later given back be reached again.
  response.headers.set("Cache-Control", "public, max-age=86400");
  return response;
}

/** Served by app/global-not-found.tsx, rendered on request with a 404. */
function notFound(request: NextRequest): NextResponse {
  return NextResponse.rewrite(new URL("/_not-found", request.url));
}

export const config = {
  matcher: [
    "/:slug",
    "/:slug/older/:cursor",
    "/tag/:slug",
    "/tag/:slug/older/:cursor",
    "/author/:slug",
    "/author/:slug/older/:cursor",
  ],
};
