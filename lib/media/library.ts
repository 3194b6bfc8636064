import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, invalid, ok, type ActionResult } from "@/lib/auth/staff-action";
import { publicArticleFilter } from "@/lib/articles/rules";
import { db } from "@/lib/db";
import { IMAGE_LIMITS, ImageRejectedError, imageStorageKey, processImage } from "./images";
import { mediaStorage } from "./storage";

export interface MediaItem {
  id: string;
  src: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  createdAt: string;
}

const itemSelect = {
  id: true,
  storageKey: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  createdAt: true,
} as const;

function toItem(row: {
  id: string;
  storageKey: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  createdAt: Date;
}): MediaItem {
  return { ...row, src: `/media/${row.storageKey}`, createdAt: row.createdAt.toISOString() };
}

export const mediaTextLimits = { alt: 500, caption: 1000, credit: 300 } as const;

/**
 * Stores an uploaded image: checked and re-encoded from its bytes (metadata
 * such as GPS stripped), kept once however often it is uploaded.
 */
export async function uploadImage(
  staff: Staff,
  input: { data: Buffer; alt: string; caption: string; credit: string },
): Promise<ActionResult<MediaItem>> {
  if (!can(staff.role, "media.upload")) return denied("upload images");
  if (input.data.byteLength === 0) return invalid({ file: "Choose an image to upload." });
  if (input.data.byteLength > IMAGE_LIMITS.maxBytes)
    return invalid({ file: "The file is larger than 25 MB." });
  for (const [field, max] of Object.entries(mediaTextLimits)) {
    if (input[field as keyof typeof mediaTextLimits].length > max) {
      return invalid({ [field]: `Use at most ${max} characters.` });
    }
  }
  let image;
  try {
    image = await processImage(input.data);
  } catch (error) {
    if (error instanceof ImageRejectedError) return invalid({ file: error.message });
    throw error;
  }
  const existing = await db.media.findUnique({
    where: { sha256: image.sha256 },
    select: itemSelect,
  });
  if (existing) return ok(toItem(existing));
  const storageKey = imageStorageKey(image.sha256, image.ext);
  await mediaStorage().put(storageKey, image.data);
  const row = await db.media.upsert({
    where: { sha256: image.sha256 },
    create: {
      kind: "IMAGE",
      storageKey,
      mimeType: image.mimeType,
      bytes: image.data.byteLength,
      width: image.width,
      height: image.height,
      sha256: image.sha256,
      alt: input.alt.trim(),
      caption: input.caption.trim(),
      credit: input.credit.trim(),
      uploadedById: staff.id,
    },
    update: {},
    select: itemSelect,
  });
  return ok(toItem(row));
}

/** Images for the picker, newest first, optionally matching alt, caption or credit. */
export async function listImages(
  staff: Staff,
  input: { query: string; take?: number },
): Promise<ActionResult<MediaItem[]>> {
  if (!can(staff.role, "editor.enter")) return denied("browse the media library");
  const query = input.query.trim().slice(0, 100);
  // Those who see only their own articles see only their own uploads and
  // images already public, not pictures waiting in someone's embargoed story.
  const visible =
    staff.role === "EDITOR" || staff.role === "ADMIN"
      ? {}
      : {
          OR: [
            { uploadedById: staff.id },
            { heroOf: { some: publicArticleFilter() } },
            { seoImageOf: { some: publicArticleFilter() } },
          ],
        };
  const rows = await db.media.findMany({
    where: {
      kind: "IMAGE",
      AND: [visible],
      ...(query
        ? {
            OR: ["alt", "caption", "credit"].map((field) => ({
              [field]: { contains: query, mode: "insensitive" as const },
            })),
          }
        : {}),
    },
    orderBy: { createdAt: "desc" },
    take: Math.min(input.take ?? 48, 96),
    select: itemSelect,
  });
  return ok(rows.map(toItem));
}

/** Looks up images already placed in an article, for the editor's previews. */
export async function describeImages(ids: string[]): Promise<MediaItem[]> {
  if (!ids.length) return [];
  const rows = await db.media.findMany({ where: { id: { in: ids } }, select: itemSelect });
  return rows.map(toItem);
}
