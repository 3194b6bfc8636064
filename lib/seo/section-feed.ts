import "server-only";
import { editionPath, type Edition } from "@/lib/i18n/editions";
import { resolveSlug, type ResolvedSlug } from "@/lib/routing/resolve-slug";
import { getSectionById } from "@/lib/sections/queries";
import { SLUG_MAX_LENGTH } from "@/lib/slugs/rules";
import { getFeed } from "./feeds";
import { absoluteUrl, paths } from "./urls";
import { notFoundXml, xmlResponse } from "./xml-response";

/** What a `{slug}/feed` address names once the slug itself has been answered. */
export type FeedSlug = Exclude<ResolvedSlug, { kind: "redirect" }>;

/**
 * The part of `/{slug}/feed` and `/uk/{slug}/feed` that is the same in both
 * editions: the answer itself (404, or a 301 for a renamed slug or a section
 * of the other edition), or the article or section it names, for the route
 * to serve as its edition does.
 */
export async function resolveFeedSlug(
  slug: string,
  edition: Edition,
): Promise<Response | FeedSlug> {
  if (slug.length > SLUG_MAX_LENGTH) return notFoundXml();
  const resolved = await resolveSlug(slug);
  if (!resolved) return notFoundXml();
  if (resolved.kind === "redirect") {
    // A renamed section's old feed address follows it, as its page does.
    return Response.redirect(absoluteUrl(`${resolved.location}/feed`), 301);
  }
  if (resolved.kind === "section" && resolved.edition !== edition) {
    return Response.redirect(absoluteUrl(editionPath(resolved.edition, `/${slug}/feed`)), 301);
  }
  return resolved;
}

/** A section's RSS answer, in the section's own edition; 404 for a section gone. */
export async function sectionFeedResponse(
  request: Request,
  sectionId: string,
  edition: Edition,
): Promise<Response> {
  const section = await getSectionById(sectionId);
  if (!section) return notFoundXml();
  const feed = await getFeed({
    scope: { kind: "section", id: section.id },
    name: section.name,
    description: section.description,
    path: paths.section(section.slug, edition),
    feedPath: paths.sectionFeed(section.slug, edition),
    edition,
  });
  return xmlResponse(request, feed, { type: "rss", maxAgeSeconds: 300 });
}
