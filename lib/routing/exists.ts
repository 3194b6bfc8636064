import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { getDbInstance } from "@/lib/db/instance";

/**
 * Whether a tag or an author page exists, for the proxy (so it avoids
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
