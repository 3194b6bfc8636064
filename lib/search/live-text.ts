import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { sanitizeDocument } from "@/lib/documents/sanitize";
import { buildSearchColumns, type SearchedUpdate } from "./search-text";

type Tx = Prisma.TransactionClient;

/**
 * The newest published updates a live blog's search text holds. A live page
 * that runs for weeks stays far below PostgreSQL's 1 MB limit on a tsvector.
 */
export const SEARCHED_UPDATES = 500;

/** A live blog's published updates, newest first, as its search text reads them. */
export async function searchedUpdates(tx: Tx, articleId: string): Promise<SearchedUpdate[]> {
  const rows = await tx.liveUpdate.findMany({
    where: { liveBlogId: articleId, status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: SEARCHED_UPDATES,
    select: { title: true, body: true },
  });
  return rows.map((row) => ({ title: row.title, body: sanitizeDocument(row.body) }));
}

/**
 * Writes a live blog's search text again after its stream changed; the
 * trigger "Article_search_vector" turns it into the indexed vector. Raw SQL
 * leaves `updatedAt` alone: an update is not an edit of the story itself.
 */
export async function refreshLiveSearchText(tx: Tx, articleId: string): Promise<void> {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: { body: true },
  });
  if (!article) return;
  const { searchText } = buildSearchColumns({
    body: sanitizeDocument(article.body),
    tagNames: [],
    authorNames: [],
    updates: await searchedUpdates(tx, articleId),
  });
  await tx.$executeRaw`UPDATE "Article" SET "searchText" = ${searchText} WHERE "id" = ${articleId}`;
}
