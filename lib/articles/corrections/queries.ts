import "server-only";
import { cache } from "react";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { encodeCursor, type StoryCursor } from "../cursor";
import { publicArticleFilter } from "../rules";
import type { PublicCorrectionPage } from "./dto";

export const CORRECTIONS_PER_PAGE = 30;

/**
 * Notes on published articles, newest first, one page at a time (keyset on
 * the note's time and id, like the story lists). Cached under `corrections`
 * (any note added, reworded or removed) and `feed` (any publish, unpublish
 * or headline change, which decides whether and how a note's article shows).
 */
export const listRecentCorrections = cache(
  (before: StoryCursor | null, limit: number = CORRECTIONS_PER_PAGE) =>
    cached(
      `corrections:${before ? encodeCursor(before) : "first"}:${limit}`,
      5 * MINUTE,
      async () => ({
        value: await loadCorrections(before, limit),
        tags: [tags.corrections, tags.feed],
      }),
    ),
);

async function loadCorrections(
  before: StoryCursor | null,
  limit: number,
): Promise<PublicCorrectionPage> {
  const rows = await db.correction.findMany({
    where: {
      article: publicArticleFilter(),
      ...(before
        ? {
            OR: [
              { publishedAt: { lt: before.publishedAt } },
              { publishedAt: before.publishedAt, id: { lt: before.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      kind: true,
      text: true,
      publishedAt: true,
      article: { select: { slug: true, title: true, type: true } },
    },
  });
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    corrections: shown,
    older:
      rows.length > limit && last
        ? encodeCursor({ publishedAt: last.publishedAt, id: last.id })
        : null,
  };
}
