import { decodeCursor, encodeCursor } from "@/lib/articles/cursor";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { getDbInstance } from "@/lib/db/instance";

/**
 * Whether a tag or an author page (or an older page's cursor) exists, for the proxy (so it avoids
 * `server-only`, like routes.ts). Cached like the pages' own lookups and
 * refreshed by the same tags: creating or renaming a tag fires `topics`, an
 * author `authors`.
 */
export async function tagExists(slug: string): Promise<boolean> {
  return Boolean(
    await cached(`exists:tag:${slug}`, 10 * MINUTE, async () => {
      const row = await getDbInstance().db.tag.findUnique({
        where: { slug },
        select: { id: true },
      });
      return { value: row ? true : null, tags: [tags.topics] };
    }),
  );
}

export async function authorExists(slug: string): Promise<boolean> {
  return Boolean(
    await cached(`exists:author:${slug}`, 10 * MINUTE, async () => {
      const row = await getDbInstance().db.author.findUnique({
        where: { slug },
        select: { id: true },
      });
      return { value: row ? true : null, tags: [tags.authors] };
    }),
  );
}

/**
 * Whether an older page's cursor names a real item of its list: a story
 * (its id and publication time, as the "Older stories" link wrote them), a
 * live blog's update ("Older updates"), or for /corrections a note. A well-formed cursor made up by hand names
 * nothing, and its page is a 404 rather than an endless supply of
 * near-duplicate pages. The item's status is not asked: a page linked
 * before a story was unpublished keeps working.
 */
export async function cursorExists(list: "stories" | "corrections", value: string | undefined) {
  const cursor = decodeCursor(value);
  if (!cursor) return false;
  const { id, publishedAt } = cursor;
  return Boolean(
    await cached(`exists:cursor:${list}:${encodeCursor(cursor)}`, 10 * MINUTE, async () => {
      const db = getDbInstance().db;
      if (list === "corrections") {
        const row = await db.correction.findFirst({
          where: { id, publishedAt },
          select: { id: true },
        });
        return { value: row ? true : null, tags: [tags.corrections] };
      }
      const story = await db.article.findFirst({
        where: { id, publishedAt },
        select: { id: true },
      });
      if (story) return { value: true, tags: [tags.article(id)] };
      const update = await db.liveUpdate.findFirst({
        where: { id, publishedAt },
        select: { liveBlogId: true },
      });
      return {
        value: update ? true : null,
        tags: update ? [tags.live(update.liveBlogId)] : [tags.article(id)],
      };
    }),
  );
}

/**
 * The live blog whose public update this is, for the proxy's check of
 * `/{slug}/updates/{id}`; null for an id that names nothing readers may see.
 * A draft or a scheduled update is cached under its live blog's tag, so
 * the moment it is posted or falls due, its page exists.
 */
export async function publicUpdateBlog(id: string | undefined): Promise<string | null> {
  if (!id || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  return cached(`exists:update:${id}`, 10 * MINUTE, async () => {
    const row = await getDbInstance().db.liveUpdate.findUnique({
      where: { id },
      select: { liveBlogId: true, status: true, publishedAt: true },
    });
    const visible =
      row?.status === "PUBLISHED" && row.publishedAt !== null && row.publishedAt <= new Date();
    return { value: visible ? row.liveBlogId : null, tags: row ? [tags.live(row.liveBlogId)] : [] };
  });
}
