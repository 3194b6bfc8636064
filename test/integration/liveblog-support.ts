import type { ArticleDocument } from "@/lib/documents/schema";
import { testDb } from "./database";
import { createArticle } from "./factories";

export const text = (words: string): ArticleDocument => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: words }] }],
});

/** A published live blog, with its bylines. */
export async function createLiveBlog(authorIds: string[] = []) {
  const article = await createArticle({
    type: "LIVE_BLOG",
    title: "Strikes on the grid: latest",
    publishedAt: new Date(Date.now() - 3 * 3_600_000),
    authorIds,
  });
  await testDb().liveBlog.create({ data: { articleId: article.id } });
  return article;
}

/** Updates written straight to the table, a minute apart, oldest first. */
export async function seedUpdates(
  liveBlogId: string,
  count: number,
  extra: { pinned?: (index: number) => boolean } = {},
) {
  const base = Date.now() - (count + 1) * 60_000;
  for (let index = 0; index < count; index++) {
    await testDb().liveUpdate.create({
      data: {
        liveBlogId,
        title: `Update ${index + 1}`,
        body: text(`Reporting number ${index + 1}.`) as object,
        status: "PUBLISHED",
        publishedAt: new Date(base + index * 60_000),
        pinned: extra.pinned?.(index) ?? false,
      },
    });
  }
}

/** The tags of every invalidation recorded since `afterId`. */
export async function invalidatedSince(afterId: bigint): Promise<string[][]> {
  const rows = await testDb().$queryRaw<{ tags: string[] }[]>`
    SELECT "tags" FROM "CacheInvalidation" WHERE "id" > ${afterId} ORDER BY "id"`;
  return rows.map((row) => [...row.tags].sort());
}

export async function lastInvalidationId(): Promise<bigint> {
  const rows = await testDb().$queryRaw<{ id: bigint | null }[]>`
    SELECT max("id") AS "id" FROM "CacheInvalidation"`;
  return rows[0]?.id ?? 0n;
}
