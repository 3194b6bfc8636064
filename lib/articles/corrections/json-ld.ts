import { ARTICLE_SCHEMA_TYPES } from "@/lib/seo/json-ld-article";
import type { JsonLdNode } from "@/lib/seo/json-ld-serialize";
import { breadcrumbJsonLd, type SeoContext } from "@/lib/seo/json-ld-site";
import { absoluteUrl, paths } from "@/lib/seo/urls";
import type { PublicCorrectionDto } from "./dto";

export const CORRECTIONS_PATH = "/corrections";

/**
 * The /corrections page as a CollectionPage whose items are the notes
 * themselves: CorrectionComment for corrections and clarifications (as on
 * the article's own NewsArticle), Comment for update notes, each about the
 * article it belongs to (the same @id the article page gives it).
 */
export function correctionsPageJsonLd(
  ctx: SeoContext,
  page: {
    name: string;
    description: string;
    /** This page's address: /corrections, or one of its older pages. */
    path?: string;
    corrections: PublicCorrectionDto[];
  },
): JsonLdNode {
  const url = (path: string) => absoluteUrl(path, ctx.origin);
  const here = page.path ?? CORRECTIONS_PATH;
  return {
    "@type": "CollectionPage",
    "@id": url(here),
    url: url(here),
    name: page.name,
    description: page.description,
    inLanguage: ctx.site.language,
    isPartOf: { "@id": `${url(paths.home)}#website` },
    breadcrumb: breadcrumbJsonLd(ctx, [
      { name: page.name, path: CORRECTIONS_PATH },
      ...(here !== CORRECTIONS_PATH ? [{ name: "Older corrections", path: here }] : []),
    ]),
    mainEntity: {
      "@type": "ItemList",
      itemListOrder: "https://schema.org/ItemListOrderDescending",
      itemListElement: page.corrections.map((note, index) => {
        const articleUrl = url(paths.article(note.article.slug));
        return {
          "@type": "ListItem",
          position: index + 1,
          item: {
            "@type": note.kind === "UPDATE" ? "Comment" : "CorrectionComment",
            text: note.text,
            datePublished: note.publishedAt.toISOString(),
            about: {
              "@type": ARTICLE_SCHEMA_TYPES[note.article.type],
              "@id": note.article.type === "PAGE" ? articleUrl : `${articleUrl}#article`,
              url: articleUrl,
              headline: note.article.title,
            },
          },
        };
      }),
    },
  };
}
