import "server-only";
import { cache } from "react";
import { isPublicArticle } from "@/lib/articles/rules";
import { db } from "@/lib/db";

export type ResolvedSlug =
  | { kind: "article"; articleId: string }
  | { kind: "section"; sectionId: string }
  | { kind: "redirect"; location: string };

/**
 * The one place that decides what `/{slug}` is. Old slugs of an article,
 * page or section answer with its current address.
 */
export const resolveSlug = cache(async (slug: string): Promise<ResolvedSlug | null> => {
  const route = await db.route.findUnique({
    where: { slug },
    select: {
      canonical: true,
      articleId: true,
      sectionId: true,
      article: { select: { slug: true, status: true, publishedAt: true } },
      section: { select: { slug: true } },
    },
  });
  if (!route) return null;
  // An old slug of an article that is not public leads nowhere, so that a
  // takedown answers 404 and a draft's new headline never leaks.
  if (route.article && !isPublicArticle(route.article)) return null;
  const current = route.article?.slug ?? route.section?.slug;
  if (!route.canonical || (current && current !== slug)) {
    return current ? { kind: "redirect", location: `/${current}` } : null;
  }
  if (route.articleId) return { kind: "article", articleId: route.articleId };
  if (route.sectionId) return { kind: "section", sectionId: route.sectionId };
  return null;
});
