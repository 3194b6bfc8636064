import { createHash } from "node:crypto";
import sharp, { type Metadata, type OutputInfo, type Sharp } from "sharp";
import {
  ACCEPTED_FORMATS,
  IMAGE_LIMITS,
  formatMessage,
  pixelProblem,
  tooLargeMessage,
  variantWidthsFor,
} from "./rules";

type Format = "jpeg" | "png" | "webp" | "avif" | "gif";

const OUTPUT: Record<Format, { mime: string; ext: string }> = {
  jpeg: { mime: "image/jpeg", ext: "jpg" },
  png: { mime: "image/png", ext: "png" },
  webp: { mime: "image/webp", ext: "webp" },
  avif: { mime: "image/avif", ext: "avif" },
  gif: { mime: "image/gif", ext: "gif" },
};

export interface ProcessedImage {
  data: Buffer;
  format: Format;
  mimeType: string;
  ext: string;
  width: number;
  /** Height of one frame for an animation. */
  height: number;
  animated: boolean;
  sha256: string;
}

export interface RenderedVariant {
  data: Buffer;
  width: number;
  height: number;
  mimeType: string;
  ext: string;
}

export class ImageRejectedError extends Error {}

function encode(pipeline: Sharp, format: Format): Sharp {
  switch (format) {
    case "jpeg":
      return pipeline.jpeg({ quality: 82, mozjpeg: true });
    case "png":
      return pipeline.png({ compressionLevel: 9 });
    case "webp":
      return pipeline.webp({ quality: 80 });
    case "avif":
      return pipeline.avif({ quality: 55 });
    case "gif":
      return pipeline.gif();
  }
}

/** The accepted format of a file, decided by its bytes (never its name or declared type). */
function formatOf(metadata: Metadata): Format | null {
  const { format } = metadata;
  // HEIF holds both AVIF (AV1) and HEIC (HEVC); only the first is accepted.
  if (format === "heif") return metadata.compression === "av1" ? "avif" : null;
  return format === "jpeg" || format === "png" || format === "webp" || format === "gif"
    ? format
    : null;
}

/**
 * Checks and re-encodes an uploaded image. Its format is read from the bytes;
 * its size is checked from the header before anything is decoded (a small
 * file can claim billions of pixels); orientation is applied and every
 * metadata block (EXIF, GPS, XMP, IPTC) is dropped, because a photo's
 * location can endanger the people in it. Animations stay animated.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.byteLength > IMAGE_LIMITS.maxBytes) {
    throw new ImageRejectedError(tooLargeMessage(input.byteLength));
  }
  let metadata: Metadata;
  try {
    // Reads the header only, so the pixel check below runs before any decoding.
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejectedError(
      `The file is not an image we can read; use a ${ACCEPTED_FORMATS} image.`,
    );
  }
  const format = formatOf(metadata);
  if (!format) throw new ImageRejectedError(formatMessage(metadata.format));
  const frames = metadata.pages ?? 1;
  const problem = pixelProblem({
    width: metadata.width ?? 0,
    height: metadata.pageHeight ?? metadata.height ?? 0,
    frames,
  });
  if (problem) throw new ImageRejectedError(problem);

  const animated = frames > 1;
  const pipeline = sharp(input, { limitInputPixels: IMAGE_LIMITS.maxPixels, animated })
    .rotate()
    .resize({
      width: IMAGE_LIMITS.maxEdge,
      height: IMAGE_LIMITS.maxEdge,
      fit: "inside",
      withoutEnlargement: true,
    });
  let result: { data: Buffer; info: OutputInfo };
  try {
    result = await encode(pipeline, format).toBuffer({ resolveWithObject: true });
  } catch {
    throw new ImageRejectedError(
      "The image could not be read to the end; the file may be damaged. Export it again and retry.",
    );
  }
  const { data, info } = result;
  return {
    data,
    format,
    mimeType: OUTPUT[format].mime,
    ext: OUTPUT[format].ext,
    width: info.width,
    height: animated ? (info.pageHeight ?? info.height) : info.height,
    animated,
    sha256: createHash("sha256").update(data).digest("hex"),
  };
}

/**
 * Resized copies for feeds, email and sharing (next/image resizes for pages).
 * JPEG, PNG and GIF keep their format, which every mail client shows; AVIF
 * copies are WebP, which more readers than AVIF can open.
 */
export async function renderVariants(image: ProcessedImage): Promise<RenderedVariant[]> {
  const format: Format = image.format === "avif" ? "webp" : image.format;
  const variants: RenderedVariant[] = [];
  for (const width of variantWidthsFor(image.width)) {
    const pipeline = sharp(image.data, { animated: image.animated }).resize({ width });
    const { data, info } = await encode(pipeline, format).toBuffer({ resolveWithObject: true });
    variants.push({
      data,
      width: info.width,
      height: image.animated ? (info.pageHeight ?? info.height) : info.height,
      mimeType: OUTPUT[format].mime,
      ext: OUTPUT[format].ext,
    });
  }
  return variants;
}

/** Content-addressed key: the same bytes always land in the same place. */
export function imageStorageKey(sha256: string, ext: string): string {
  return `images/${sha256.slice(0, 2)}/${sha256}.${ext}`;
}

/** A copy's key sits beside its original's, named by the original's hash and its width. */
export function variantStorageKey(sha256: string, width: number, ext: string): string {
  return `images/${sha256.slice(0, 2)}/${sha256}-w${width}.${ext}`;
}
