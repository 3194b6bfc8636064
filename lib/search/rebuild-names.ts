import "server-only";
import { emptyDocument } from "@/lib/documents/schema";
import type { Tx } from "@/lib/manage/audit";
import { buildSearchColumns } from "./search-text";

/**
 * Recomputes `searchNames` (tag and author names) of these articles, inside
 * the caller's transaction, after a tag or byline was renamed or removed; the
 * search vector trigger picks the change up from there.
 */
export async function rebuildSearchNames(tx: Tx, articleIds: readonly string[]): Promise<number> {
  if (articleIds.length === 0) return 0;
  const articles = await tx.article.findMany({
    where: { id: { in: [...articleIds] } },
    select: {
      id: true,
      searchNames: true,
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true } } } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
    },
  });
  const ids: string[] = [];
  const names: string[] = [];
  for (const article of articles) {
    // An empty body keeps `buildSearchColumns` the one place that decides how
    // names are joined; only its names column is used.
    const { searchNames } = buildSearchColumns({
      body: emptyDocument,
      tagNames: article.tags.map((t) => t.tag.name),
      authorNames: article.authors.map((a) => a.author.name),
    });
    // Unchanged rows are skipped so the trigger does not redo their vectors.
    if (searchNames === article.searchNames) continue;
    ids.push(article.id);
    names.push(searchNames);
  }
  if (ids.length === 0) return 0;
  // Raw SQL on purpose: a renamed tag is not an edit of the article, so its
  // `updatedAt` (set by Prisma on every update) and `version` stay as they are.
  await tx.$executeRaw`
    UPDATE "Article" AS a SET "searchNames" = v.names
    FROM unnest(${ids}::text[], ${names}::text[]) AS v(id, names)
    WHERE a.id = v.id`;
  return ids.length;
}
