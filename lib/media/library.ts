import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { mediaSelect } from "@/lib/articles/mappers";
import type { Staff } from "@/lib/auth/session";
import { fieldErrorsOf, invalid, ok, type ActionResult } from "@/lib/auth/staff-action";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/manage/audit";
import {
  ImageRejectedError,
  imageStorageKey,
  processImage,
  renderVariants,
  variantStorageKey,
} from "./images";
import { searchWords } from "./library-params";
import { IMAGE_LIMITS, tooLargeMessage } from "./rules";
import { mediaTextSchema } from "./schemas";
import { lockContent, removeUnusedFiles } from "./stored-files";
import { mediaStorage } from "./storage";
import { mediaPath, type MediaVariant } from "./variants";
import { visibleMediaFilter } from "./visibility";
import type { MediaItem, UploadedImage } from "./dto";

export const itemSelect = {
  ...mediaSelect,
  createdAt: true,
} as const satisfies Prisma.MediaSelect;

type ItemRow = Prisma.MediaGetPayload<{ select: typeof itemSelect }>;

export function toItem(row: ItemRow): MediaItem {
  return {
    id: row.id,
    src: mediaPath(row.storageKey),
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A second upload of the same bytes answers the image already stored. Its
 * texts are shown only to those who may see it, so re-uploading a photo
 * reveals nothing about an embargoed story that already uses it.
 */
async function duplicateAnswer(staff: Staff, row: ItemRow): Promise<UploadedImage> {
  const visible = await db.media.count({ where: { id: row.id, AND: [visibleMediaFilter(staff)] } });
  const item = toItem(row);
  return visible
    ? { ...item, duplicate: true }
    : { ...item, alt: "", caption: "", credit: "", duplicate: true };
}

/**
 * Stores an uploaded image: checked and re-encoded from its bytes (metadata
 * such as GPS stripped), with resized copies, kept once however often it is
 * uploaded. Files are written before the row, under the hash's lock, so a
 * row never points at files that are not there.
 */
export async function uploadImage(
  staff: Staff,
  input: { data: Buffer; alt: string; caption: string; credit: string },
): Promise<ActionResult<UploadedImage>> {
  if (input.data.byteLength === 0) return invalid({ file: "Choose an image to upload." });
  if (input.data.byteLength > IMAGE_LIMITS.maxBytes)
    return invalid({ file: tooLargeMessage(input.data.byteLength) });
  const text = mediaTextSchema.safeParse(input);
  if (!text.success) return invalid(fieldErrorsOf(text.error));

  let image;
  try {
    image = await processImage(input.data);
  } catch (error) {
    if (error instanceof ImageRejectedError) return invalid({ file: error.message }, error.message);
    throw error;
  }
  const known = await db.media.findUnique({ where: { sha256: image.sha256 }, select: itemSelect });
  if (known) return ok(await duplicateAnswer(staff, known));

  const rendered = await renderVariants(image);
  const original = imageStorageKey(image.sha256, image.ext);
  const variants: MediaVariant[] = rendered.map((variant) => ({
    width: variant.width,
    height: variant.height,
    key: variantStorageKey(image.sha256, variant.width, variant.ext),
    bytes: variant.data.byteLength,
    mimeType: variant.mimeType,
  }));
  const storage = mediaStorage();
  const keys = [original, ...variants.map((variant) => variant.key)];

  try {
    const stored = await db.$transaction(
      async (tx) => {
        await lockContent(tx, image.sha256);
        const existing = await tx.media.findUnique({
          where: { sha256: image.sha256 },
          select: itemSelect,
        });
        if (existing) return { row: existing, duplicate: true };
        // In parallel: with object storage each write is a round trip.
        await Promise.all([
          storage.put(original, image.data),
          ...rendered.map((variant, index) => storage.put(variants[index]!.key, variant.data)),
        ]);
        const row = await tx.media.create({
          data: {
            kind: "IMAGE",
            storageKey: original,
            mimeType: image.mimeType,
            bytes: image.data.byteLength,
            width: image.width,
            height: image.height,
            sha256: image.sha256,
            variants: variants as unknown as Prisma.InputJsonArray,
            ...text.data,
            uploadedById: staff.id,
          },
          select: itemSelect,
        });
        await recordAudit(tx, {
          actorId: staff.id,
          action: "media.upload",
          entityType: "media",
          entityId: row.id,
          data: {
            mimeType: image.mimeType,
            bytes: image.data.byteLength,
            width: image.width,
            height: image.height,
            variants: variants.map((variant) => variant.width),
          },
        });
        return { row, duplicate: false };
      },
      { timeout: 60_000, maxWait: 15_000 },
    );
    if (stored.duplicate) return ok(await duplicateAnswer(staff, stored.row));
    return ok({ ...toItem(stored.row), duplicate: false });
  } catch (error) {
    // Files written for a row that was never committed would be orphans.
    await removeUnusedFiles(image.sha256, keys).catch(() => {});
    throw error;
  }
}

/** Images for the picker, newest first, optionally matching alt, caption or credit. */
export async function listImages(
  staff: Staff,
  input: { query: string; take?: number },
): Promise<ActionResult<MediaItem[]>> {
  const query = input.query.trim().slice(0, 100);
  const rows = await db.media.findMany({
    where: {
      kind: "IMAGE",
      AND: [visibleMediaFilter(staff), query ? textMatch(query) : {}],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(input.take ?? 48, 96),
    select: itemSelect,
  });
  return ok(rows.map(toItem));
}

/**
 * Every word typed found in the alt text, caption or credit. Files keep no
 * name (it often says more than the uploader meant to), so there is none to search.
 */
export function textMatch(query: string): Prisma.MediaWhereInput {
  return {
    AND: searchWords(query).map((word) => ({
      OR: (["alt", "caption", "credit"] as const).map((field) => ({
        [field]: { contains: word, mode: "insensitive" as const },
      })),
    })),
  };
}

/** Looks up images already placed in an article, for the editor's previews. */
export async function describeImages(ids: string[]): Promise<MediaItem[]> {
  if (!ids.length) return [];
  const rows = await db.media.findMany({ where: { id: { in: ids } }, select: itemSelect });
  return rows.map(toItem);
}
