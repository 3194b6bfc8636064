import "server-only";
import type { Edition } from "@/lib/i18n/editions";
import { getSectionById } from "@/lib/sections/queries";
import { getFeed } from "./feeds";
import { paths } from "./urls";
import { notFoundXml, xmlResponse } from "./xml-response";

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
