import "server-only";
import sharp from "sharp";
import { isValidMediaKey, readWhole } from "@/lib/media/media-storage";
import { mediaStorage } from "@/lib/media/storage";
import { ByteCache } from "./byte-cache";
import { CROP_RATIOS, type CropRatio } from "./urls";

const IMAGE_KEY = /^images\/[a-z0-9/_.-]+\.(jpg|png|webp|avif|gif)$/;

// Shared by every bundle in the process, like the data cache.
const holder = globalThis as unknown as { newsroomOgImages?: ByteCache };
const images = (holder.newsroomOgImages ??= new ByteCache(48 * 1024 * 1024));

/** The storage key of a stored image's `/media/…` address, or null for anything else. */
export function imageKeyOf(src: string): string | null {
  const key = src.replace(/^\/media\//, "");
  return IMAGE_KEY.test(key) && isValidMediaKey(key) ? key : null;
}

/**
 * A stored image cut to `width`×`height` around its centre of interest, as
 * JPEG. Keys are content hashes, so a result never changes and is kept.
 */
export async function cropStoredImage(
  key: string,
  width: number,
  height: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const cacheKey = `${key}@${width}x${height}`;
  const hit = images.get(cacheKey);
  if (hit) return hit;
  const original = await readWhole(mediaStorage(), key);
  if (!original) return null;
  const output = await sharp(original, { limitInputPixels: 60_000_000 })
    .rotate()
    .resize({ width, height, fit: "cover", position: sharp.strategy.attention })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  const bytes = new Uint8Array(output);
  images.set(cacheKey, bytes);
  return bytes;
}

export function cropForRatio(
  key: string,
  ratio: CropRatio,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const { width, height } = CROP_RATIOS[ratio];
  return cropStoredImage(key, width, height);
}

/** A stored image as a data URL the card renderer can draw, or null when it is gone. */
export async function photoDataUrl(
  src: string,
  width: number,
  height: number,
): Promise<string | null> {
  const key = imageKeyOf(src);
  const bytes = key ? await cropStoredImage(key, width, height) : null;
  return bytes ? `data:image/jpeg;base64,${Buffer.from(bytes).toString("base64")}` : null;
}

/** Generated cards, kept by kind, key and version. */
export const cardCache = images;
