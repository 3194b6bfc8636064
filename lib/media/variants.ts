import { z } from "zod";

/**
 * Resized copies of a stored image, recorded in `Media.variants`. Public
 * pages draw images through next/image, whose optimizer resizes on request;
 * these copies are for the places it does not reach: feeds, email and
 * anything else that links a file directly.
 */
export interface MediaVariant {
  width: number;
  height: number;
  key: string;
  bytes: number;
  mimeType: string;
}

const variantSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  key: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  mimeType: z.string().min(1),
});

/** The variants column as stored; anything malformed is ignored, never trusted. */
export function parseVariants(value: unknown): MediaVariant[] {
  if (!Array.isArray(value)) return [];
  return value
    .flatMap((entry) => {
      const parsed = variantSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.width - b.width);
}

export function mediaPath(storageKey: string): string {
  return `/media/${storageKey}`;
}

/**
 * The address of the smallest stored copy at least `width` pixels wide, or
 * of the original when no copy is that wide (or the image has none).
 */
export function variantUrl(
  media: { storageKey: string; width: number | null; variants: unknown },
  width: number,
): string {
  const wide = parseVariants(media.variants).find((variant) => variant.width >= width);
  // A copy wider than the original cannot exist; the original is then the best there is.
  if (!wide || (media.width !== null && wide.width >= media.width)) {
    return mediaPath(media.storageKey);
  }
  return mediaPath(wide.key);
}

/** Every storage key of an image: the original and its copies. */
export function storageKeysOf(media: { storageKey: string; variants: unknown }): string[] {
  return [media.storageKey, ...parseVariants(media.variants).map((variant) => variant.key)];
}
