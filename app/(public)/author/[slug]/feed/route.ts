import { getAuthorBySlug } from "@/lib/authors/queries";
import { getFeed } from "@/lib/seo/feeds";
import { paths } from "@/lib/seo/urls";
import { notFoundXml, xmlResponse } from "@/lib/seo/xml-response";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** RSS for one author's bylines. */
export async function GET(request: Request, { params }: Context) {
  const author = await getAuthorBySlug((await params).slug);
  if (!author) return notFoundXml();
  const feed = await getFeed({
    scope: { kind: "author", id: author.id },
    name: author.name,
    description: author.bio
      ? `Stories by ${author.name}. ${author.bio}`
      : `Stories by ${author.name}.`,
    path: paths.author(author.slug),
    feedPath: paths.authorFeed(author.slug),
  });
  return xmlResponse(request, feed, { type: "rss", maxAgeSeconds: 300 });
}
