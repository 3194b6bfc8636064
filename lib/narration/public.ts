import type { Prisma } from "@/generated/prisma/client";
import type { NarrationDto } from "@/lib/articles/dto";
import { NARRATION_MIME } from "./audio/mp3";

/**
 * How reader pages pick an article's narration: the newest READY one (the
 * newest article version, then the newest regeneration). There is normally
 * exactly one, since a new narration removes the one it supersedes.
 */
export const readyNarrationSelect = {
  where: { status: "READY", mediaId: { not: null } },
  orderBy: [{ articleVersion: "desc" }, { readyAt: { sort: "desc", nulls: "last" } }],
  take: 1,
  select: {
    media: {
      select: { id: true, storageKey: true, mimeType: true, bytes: true, durationMs: true },
    },
  },
} satisfies Prisma.NarrationFindManyArgs;

export function toNarration(
  media: { storageKey: string; mimeType: string; bytes: number; durationMs: number | null } | null,
): NarrationDto | null {
  if (!media) return null;
  return {
    url: `/media/${media.storageKey}`,
    type: media.mimeType || NARRATION_MIME,
    bytes: media.bytes,
    durationMs: media.durationMs ?? 0,
  };
}
