import { createHash } from "node:crypto";
import sharp from "sharp";

export const IMAGE_LIMITS = { maxBytes: 25 * 1024 * 1024, maxPixels: 60_000_000, maxEdge: 3200 };

const OUTPUT: Record<string, { mime: string; ext: string }> = {
  jpeg: { mime: "image/jpeg", ext: "jpg" },
  png: { mime: "image/png", ext: "png" },
  webp: { mime: "image/webp", ext: "webp" },
  avif: { mime: "image/avif", ext: "avif" },
  gif: { mime: "image/gif", ext: "gif" },
};

export interface ProcessedImage {
  data: Buffer;
  mimeType: string;
  ext: string;
  width: number;
  height: number;
  sha256: string;
}

export class ImageRejectedError extends Error {}

/**
 * Re-encodes an uploaded image: the format is read from the bytes, not the
 * name; orientation is applied and every metadata block (EXIF, GPS, XMP) is
 * dropped, because a photo's location can endanger the people in it.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.byteLength > IMAGE_LIMITS.maxBytes) {
    throw new ImageRejectedError("The file is larger than 25 MB.");
  }
  let metadata: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    metadata = await sharp(input, { limitInputPixels: IMAGE_LIMITS.maxPixels }).metadata();
  } catch {
    throw new ImageRejectedError(
      "The file is not an image we can read (JPEG, PNG, WebP, AVIF or GIF).",
    );
  }
  const format = metadata.format === "heif" ? "avif" : metadata.format;
  const output = format ? OUTPUT[format] : undefined;
  if (!output || !format) {
    throw new ImageRejectedError("Use a JPEG, PNG, WebP, AVIF or GIF image.");
  }
  const animated = (metadata.pages ?? 1) > 1;
  let pipeline = sharp(input, { limitInputPixels: IMAGE_LIMITS.maxPixels, animated })
    .rotate()
    .resize({
      width: IMAGE_LIMITS.maxEdge,
      height: IMAGE_LIMITS.maxEdge,
      fit: "inside",
      withoutEnlargement: true,
    });
  pipeline =
    format === "jpeg"
      ? pipeline.jpeg({ quality: 82, mozjpeg: true })
      : format === "png"
        ? pipeline.png({ compressionLevel: 9 })
        : format === "webp"
          ? pipeline.webp({ quality: 80 })
          : format === "avif"
            ? pipeline.avif({ quality: 55 })
            : pipeline.gif();
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return {
    data,
    mimeType: output.mime,
    ext: output.ext,
    width: info.width,
    height: animated ? (info.pageHeight ?? info.height) : info.height,
    sha256: createHash("sha256").update(data).digest("hex"),
  };
}

/** Content-addressed key: the same bytes always land in the same place. */
export function imageStorageKey(sha256: string, ext: string): string {
  return `images/${sha256.slice(0, 2)}/${sha256}.${ext}`;
}
