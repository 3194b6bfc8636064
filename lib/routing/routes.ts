import { isPublicArticle } from "@/lib/articles/rules";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { getDbInstance } from "@/lib/db/instance";
import { editionPath, type Edition } from "@/lib/i18n/editions";

export type ResolvedSlug =
  | { kind: "article"; articleId: string; edition: Edition }
  | { kind: "section"; sectionId: string; edition: Edition }
  | { kind: "redirect"; location: string };

/**
 * The one place that decides what `/{slug}` is: an article or page, a
 * section, or an old slug that has moved. Used by the page and by the proxy
 * (which answers old slugs with a 301), so it avoids `server-only`. Slugs are
 * unique across editions; the answer names the edition whose address
 * (`/{slug}` or `/uk/{slug}`) serves the slug.
 */
export function resolveRoute(slug: string): Promise<ResolvedSlug | null> {
  return cached(`route:${slug}`, 10 * MINUTE, async () => {
    const route = await getDbInstance().db.route.findUnique({
      where: { slug },
      select: {
        canonical: true,
        articleId: true,
        sectionId: true,
        article: { select: { slug: true, status: true, publishedAt: true, edition: true } },
        section: { select: { slug: true, edition: true } },
      },
    });
    const routeTags = [
      tags.route(slug),
      ...(route?.articleId ? [tags.article(route.articleId)] : []),
      ...(route?.sectionId ? [tags.section(route.sectionId)] : []),
    ];
    const answer = (value: ResolvedSlug | null) => ({ value, tags: routeTags });
    if (!route) return answer(null);
    // An old slug of an article that is not public leads nowhere, so that a
    // takedown answers 404 and a draft's new headline never leaks.
    if (route.article && !isPublicArticle(route.article)) return answer(null);
    const current = route.article?.slug ?? route.section?.slug;
    const edition = route.article?.edition ?? route.section?.edition ?? "en";
    // A route that points at the slug it is itself serves the article, even
    // if marked old, so an address can never redirect to itself.
    if (current && current !== slug) {
      return answer({ kind: "redirect", location: editionPath(edition, `/${current}`) });
    }
    if (route.articleId) return answer({ kind: "article", articleId: route.articleId, edition });
    if (route.sectionId) return answer({ kind: "section", sectionId: route.sectionId, edition });
    return answer(null);
  });
}
