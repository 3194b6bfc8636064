import { NextResponse, type NextRequest } from "next/server";
import { resolveRoute } from "./lib/routing/routes";
import { checkSlug } from "./lib/slugs/rules";

/**
 * Old slugs answer with a real 301 (pages can only send 308). Only paths of
 * one slug-shaped segment are looked at, through the same cached resolver
 * the page uses; everything else passes straight through. Authorization is
 * never decided here.
 */
export async function proxy(request: NextRequest) {
  const slug = request.nextUrl.pathname.slice(1);
  if (checkSlug(slug) !== null) return NextResponse.next();
  const resolved = await resolveRoute(slug);
  if (resolved?.kind !== "redirect") return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = resolved.location;
  const response = NextResponse.redirect(url, 301);
  // Browsers keep a 301 forever unless told otherwise; a day lets a slug
  // that is later given back be reached again.
  response.headers.set("Cache-Control", "public, max-age=86400");
  return response;
}

export const config = { matcher: "/:slug" };
