import { NextResponse, type NextRequest } from "next/server";
import { decodeCursor, olderPath } from "./lib/articles/cursor";
import { resolveRoute } from "./lib/routing/routes";
import { checkSlug } from "./lib/slugs/rules";

/**
 * Permanent redirects that pages cannot send (they can only send 308):
 * old slugs, and lists addressed the old way (`?before=` instead of
 * `/older/…`). Old slugs go through the same cached resolver the page uses;
 * everything else passes straight through. Authorization is never decided
 * here.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const before = searchParams.get("before");
  if (before !== null) return redirect(request, listAddress(pathname, before));

  const slug = pathname.slice(1);
  if (checkSlug(slug) !== null) return NextResponse.next();
  const resolved = await resolveRoute(slug);
  if (resolved?.kind !== "redirect") return NextResponse.next();
  return redirect(request, resolved.location);
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

export const config = { matcher: ["/:slug", "/tag/:slug", "/author/:slug"] };
