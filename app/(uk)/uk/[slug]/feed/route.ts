import { editionPath } from "@/lib/i18n/editions";
import { resolveSlug } from "@/lib/routing/resolve-slug";
import { sectionFeedResponse } from "@/lib/seo/section-feed";
import { absoluteUrl } from "@/lib/seo/urls";
import { notFoundXml } from "@/lib/seo/xml-response";
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
  return sectionFeedResponse(request, resolved.sectionId, "uk");
}
