import { NextResponse, type NextRequest } from "next/server";
import { decodeCursor, olderPath } from "./lib/articles/cursor";
import {
  carriesValidStaffSession,
  DRAFT_MODE_COOKIE,
  withoutDraftCookie,
} from "./lib/auth/draft-mode";
import { authorExists, cursorExists, publicUpdateBlog, tagExists } from "./lib/routing/exists";
import { resolveRoute } from "./lib/routing/routes";
import { rateLimitStore } from "./lib/auth/rate-limit";
import { clientAddress } from "./lib/http/client-address";
import { SEARCH_LIMITS } from "./lib/search/guard";
import { checkSlug } from "./lib/slugs/rules";
import { editionPath, splitEditionPath } from "./lib/i18n/editions";

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
  // Draft mode skips the page cache: only for signed-in staff.
  let pass = () => NextResponse.next();
  if (request.cookies.has(DRAFT_MODE_COOKIE) && !(await carriesValidStaffSession(request))) {
    const headers = new Headers(request.headers);
    headers.set("cookie", withoutDraftCookie(headers.get("cookie") ?? ""));
    pass = () => NextResponse.next({ request: { headers } });
  }
  return route(request, pass);
}

async function route(request: NextRequest, pass: () => NextResponse): Promise<NextResponse> {
  const { pathname: fullPath, searchParams } = request.nextUrl;
  // Another edition's addresses (`/uk/…`) are its own site's, under a prefix.
  const { edition, path: pathname } = splitEditionPath(fullPath);
  if (pathname === "/search") return (await searchAllowed(request)) ? pass() : tooManySearches();
  // Feeds and sitemaps are here only for the draft-mode check above.
  if (/^\/(?:sitemap\.xml|sitemaps\/)|\/feed$/.test(pathname)) return pass();
  const before = searchParams.get("before");
  if (before !== null) return redirect(request, listAddress(fullPath, before));

  const [first, second, third, fourth, ...rest] = pathname.slice(1).split("/");
  // Topics and authors are pages of the English edition only.
  const listed = edition === "en" && (first === "tag" || first === "author");
  const slug = listed ? second : first;
  const older = listed ? [third, fourth] : [second, third];
  if (!slug || rest.length) return pass();
  // A live update's own page needs an update readers may see, of this live blog.
  if (older[0] === "updates" && !listed) return routeUpdate(request, pass, slug, older[1]);
  // An older page needs a cursor that names an item of its list.
  if (older[0] !== undefined) {
    const list = slug === "corrections" && !listed ? "corrections" : "stories";
    if (older[0] !== "older" || !(await cursorExists(list, older[1]))) return notFound(request);
  }
  // Slugs that cannot be content (the site's own pages such as the News Feed,
  // files, the app's routes) pass through.
  if (checkSlug(slug) !== null) return pass();

  if (first === "tag") return (await tagExists(slug)) ? pass() : notFound(request);
  if (first === "author") {
    return (await authorExists(slug)) ? pass() : notFound(request);
  }
  const resolved = await resolveRoute(slug);
  if (!resolved) return notFound(request);
  if (resolved.kind === "redirect" && older[0] === undefined) {
    return redirect(request, resolved.location);
  }
  // A slug of the other edition: its address there.
  if (resolved.kind !== "redirect" && resolved.edition !== edition && older[0] === undefined) {
    return redirect(request, editionPath(resolved.edition, `/${slug}`));
  }
  return pass();
}

async function routeUpdate(
  request: NextRequest,
  pass: () => NextResponse,
  slug: string,
  id: string | undefined,
): Promise<NextResponse> {
  const [blogId, resolved] = await Promise.all([publicUpdateBlog(id), resolveRoute(slug)]);
  if (!blogId || !resolved || resolved.kind === "section") return notFound(request);
  if (resolved.kind === "redirect") return redirect(request, `${resolved.location}/updates/${id}`);
  return resolved.articleId === blogId ? pass() : notFound(request);
}

/** Each address may search SEARCH_LIMITS.perAddressPerMinute times a minute. */
async function searchAllowed(request: NextRequest): Promise<boolean> {
  if (!request.nextUrl.searchParams.get("q")) return true;
  const address = clientAddress(request.headers) || "unknown";
  const count = await rateLimitStore().hit(`search:${address}`, 60_000);
  return count <= SEARCH_LIMITS.perAddressPerMinute;
}

function tooManySearches(): NextResponse {
  return new NextResponse(
    '<!doctype html><html lang="en"><title>Too many searches</title><p>Too many searches from your address. Please wait a minute and try again.</p></html>',
    {
      status: 429,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Retry-After": "60",
        "Cache-Control": "no-store",
      },
    },
  );
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
    "/",
    "/search",
    "/:slug",
    "/:slug/older/:cursor",
    "/:slug/updates/:id",
    "/tag/:slug",
    "/tag/:slug/older/:cursor",
    "/author/:slug",
    "/author/:slug/older/:cursor",
    "/feed",
    "/:slug/feed",
    "/tag/:slug/feed",
    "/author/:slug/feed",
    "/sitemap.xml",
    "/sitemaps/:file",
    "/uk/search",
    "/uk/:slug",
    "/uk/:slug/older/:cursor",
    "/uk/feed",
    "/uk/:slug/feed",
  ],
};
