import "server-only";
import { cache } from "react";
import type { ImageDto } from "@/lib/articles/dto";
import { mediaSelect, mediaUrl, toImage } from "@/lib/articles/mappers";
import { cached, MINUTE } from "@/lib/cache/data-cache";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { readyNarrationSelect } from "@/lib/narration/public";

/** What search engines and social cards need beyond what the article page shows. */
export interface ArticleSeoDto {
  /** The editor's chosen sharing image; wins over the generated card. */
  seoImage: ImageDto | null;
  /** The ready narration, for JSON-LD `audio`. */
  audio: { url: string; type: string; durationMs: number | null } | null;
}

const EMPTY: ArticleSeoDto = { seoImage: null, audio: null };

/**
 * Read for an article the reader may already see (the page checked that), so
 * no visibility filter here; cached with the article's and the images' tags.
 */
export const getArticleSeo = cache((articleId: string): Promise<ArticleSeoDto> =>
  cached(`seo:article:${articleId}`, 60 * MINUTE, async () => {
    const row = await db.article.findUnique({
      where: { id: articleId },
      select: {
        seoImage: { select: mediaSelect },
        // The same narration the page's player plays.
        narration: readyNarrationSelect,
      },
    });
    if (!row) return { value: EMPTY, tags: [tags.article(articleId)] };
    const audio = row.narration[0]?.media ?? null;
    return {
      value: {
        seoImage: toImage(row.seoImage),
        audio: audio
          ? { url: mediaUrl(audio.storageKey), type: audio.mimeType, durationMs: audio.durationMs }
          : null,
      },
      tags: [
        tags.article(articleId),
        ...(row.seoImage ? [tags.media(row.seoImage.id)] : []),
        ...(audio ? [tags.media(audio.id)] : []),
      ],
    };
  }),
);
