/**
 * The media library's rules as pure functions: limits and the sentences that
 * explain them, which widths get a resized copy, and what text an image
 * shows where it is placed. Shared by the server, the upload form and tests.
 */

export const IMAGE_LIMITS = {
  /** Largest upload accepted. */
  maxBytes: 25 * 1024 * 1024,
  /** Largest decoded size (every frame of an animation counted). */
  maxPixels: 60_000_000,
  /** Longest edge kept; larger photos are scaled down on the way in. */
  maxEdge: 3200,
} as const;

/** Shorter edge a hero image needs to fill the top of an article page. */
export const HERO_MIN_EDGE = 200;

/** Widths of the resized copies made for feeds, email and sharing. */
export const VARIANT_WIDTHS = [480, 960, 1600, 2400] as const;

export const ACCEPTED_FORMATS = "JPEG, PNG, WebP, AVIF or GIF";

/** "25 MB", "31.4 MB", "812 KB": how big a file is, in words people read. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb * 10) / 10 : mb.toFixed(1)} MB`;
}

function megapixels(pixels: number): string {
  const value = pixels / 1_000_000;
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} megapixels`;
}

export function tooLargeMessage(bytes: number): string {
  return `The file is ${formatBytes(bytes)}; the limit is ${formatBytes(IMAGE_LIMITS.maxBytes)}.`;
}

/** The pixel count that decoding would need, or a refusal that says why. */
export function pixelProblem(image: {
  width: number;
  height: number;
  frames: number;
}): string | null {
  const pixels = image.width * image.height * image.frames;
  if (pixels <= IMAGE_LIMITS.maxPixels) return null;
  const limit = megapixels(IMAGE_LIMITS.maxPixels);
  if (image.frames > 1) {
    return `The animation is ${image.width}×${image.height} pixels over ${image.frames} frames (${megapixels(pixels)} in all); the limit is ${limit}.`;
  }
  return `The image is ${image.width}×${image.height} pixels (${megapixels(pixels)}); the limit is ${limit}.`;
}

const FORMAT_NAMES: Record<string, string> = {
  svg: "SVG",
  tiff: "TIFF",
  heif: "HEIC",
  pdf: "PDF",
  jp2: "JPEG 2000",
  jxl: "JPEG XL",
  raw: "camera RAW",
};

/** Refusal for a file that decodes but is not one of the accepted formats. */
export function formatMessage(format: string | undefined): string {
  const name = format ? (FORMAT_NAMES[format] ?? format.toUpperCase()) : null;
  return name
    ? `${name} files are not accepted; use a ${ACCEPTED_FORMATS} image.`
    : `The file is not a ${ACCEPTED_FORMATS} image.`;
}

/** Why an image cannot be a hero, or null when it can. */
export function heroSizeProblem(image: {
  width: number | null;
  height: number | null;
}): string | null {
  if (image.width === null || image.height === null) return null;
  if (Math.min(image.width, image.height) >= HERO_MIN_EDGE) return null;
  return `A hero image needs at least ${HERO_MIN_EDGE} pixels on its shorter edge; this one is ${image.width}×${image.height}.`;
}

/** Widths of resized copies worth making for an image `width` pixels wide. */
export function variantWidthsFor(width: number): number[] {
  return VARIANT_WIDTHS.filter((candidate) => candidate < width);
}

export interface ImageText {
  alt: string;
  caption: string;
  credit: string;
}

/**
 * What a placed image shows: the placement's own text where it has some,
 * otherwise the library's, so a fix in the library reaches every place that
 * did not say something else. The public renderer and the pre-publish
 * checks must agree on this.
 */
export function effectiveImageText(placement: Partial<ImageText>, library: ImageText): ImageText {
  return {
    alt: placement.alt || library.alt,
    caption: placement.caption || library.caption,
    credit: placement.credit || library.credit,
  };
}
