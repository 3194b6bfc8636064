import { editionPath } from "@/lib/i18n/editions";
import { resolveSlug } from "@/lib/routing/resolve-slug";
import { getSectionById } from "@/lib/sections/queries";
import { getFeed } from "@/lib/seo/feeds";
import { absoluteUrl, paths } from "@/lib/seo/urls";
import { notFoundXml, xmlResponse } from "@/lib/seo/xml-response";
import { SLUG_MAX_LENGTH } from "@/lib/slugs/rules";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** RSS for one section of the Ukrainian edition, at `/uk/{section-slug}/feed`. */
export async function GET(request: Request, { params }: Context) {
  const { slug } = await params;
  if (slug.length > SLUG_MAX_LENGTH) return notFoundXml();
  const resolved = await resolveSlug(slug);
  if (resolved?.kind === "redirect") {
    return Response.redirect(absoluteUrl(`${resolved.location}/feed`), 301);
  }
  if (resolved?.kind !== "section") return notFoundXml();
  if (resolved.edition !== "uk") {
    return Response.redirect(absoluteUrl(editionPath(resolved.edition, `/${slug}/feed`)), 301);
  }
  const section = await getSectionById(resolved.sectionId);
  if (!section) return notFoundXml();
  const feed = await getFeed({
    scope: { kind: "section", id: section.id },
    name: section.name,
    description: section.description,
    path: paths.section(section.slug, "uk"),
    feedPath: paths.sectionFeed(section.slug, "uk"),
    edition: "uk",
  });
  return xmlResponse(request, feed, { type: "rss", maxAgeSeconds: 300 });
}
