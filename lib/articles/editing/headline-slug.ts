import "server-only";
import { randomUUID } from "node:crypto";
import { checkSlug, SLUG_MAX_LENGTH, slugify } from "@/lib/slugs/rules";
import { isGeneratedSlug, slugCandidates } from "./slug-rule";
import type { Tx } from "./state";

/**
 * An article's address follows its headline until the first publication
 * (lib/articles/editing/slug-rule.ts). The editor keeps it following while
 * the headline is typed; these are the server's side of the same rule, so
 * that no path (the "New article" form, a headline typed before the editor's
 * script ran, a restore, the scheduler) can put a working address live.
 */

const PROVISIONAL_SUFFIX_LENGTH = 9;

/**
 * A new article's first address: the headline's own slug, or a numbered one
 * when that is taken; a provisional one (headline or "untitled" plus eight
 * hex digits) only when there is no usable headline or every variant is taken.
 */
export async function firstSlugFor(tx: Tx, title: string): Promise<string> {
  return (await freeHeadlineSlug(tx, title, null)) ?? provisionalSlug(title);
}

/** A unique working address, for when the headline gives none. */
export function provisionalSlug(title: string): string {
  const base = (slugify(title) || "untitled")
    .slice(0, SLUG_MAX_LENGTH - PROVISIONAL_SUFFIX_LENGTH)
    .replace(/-+$/, "");
  return `${base}-${randomUUID().slice(0, 8)}`;
}

/**
 * The address an article goes out at. Before its first publication an
 * address that was generated (from the headline, or provisional) moves to
 * the headline's slug, or the first free numbered variant; an address typed
 * by hand, and any address of an article that has been public, stays.
 */
export async function publicationSlug(
  tx: Tx,
  article: { id: string; slug: string; title: string; publishedAt: Date | null },
): Promise<string> {
  if (article.publishedAt || !isGeneratedSlug(article.slug, article.title)) return article.slug;
  return (await freeHeadlineSlug(tx, article.title, article.id)) ?? article.slug;
}

/**
 * The first of the headline's slug and its numbered variants that no other
 * article, page or section uses or used (one of this article's own counts as
 * free); null when the headline gives no valid slug or all are taken.
 */
async function freeHeadlineSlug(
  tx: Tx,
  title: string,
  articleId: string | null,
): Promise<string | null> {
  const candidates = slugCandidates(slugify(title)).filter((slug) => !checkSlug(slug));
  if (!candidates.length) return null;
  const routes = await tx.route.findMany({
    where: { slug: { in: candidates } },
    select: { slug: true, articleId: true },
  });
  const owner = new Map(routes.map((route) => [route.slug, route.articleId]));
  return (
    candidates.find((slug) => !owner.has(slug) || (articleId && owner.get(slug) === articleId)) ??
    null
  );
}
