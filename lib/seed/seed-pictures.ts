import { createHash } from "node:crypto";
import sharp from "sharp";
import type { Prisma } from "@/generated/prisma/client";
import { imageStorageKey } from "@/lib/media/images";
import type { MediaStorage } from "@/lib/media/media-storage";
import { DEMO_PICTURES, renderPortrait, renderScene } from "./images/catalog";
import type { DemoAuthor } from "./demo/types";

/**
 * The demo's photographs and byline portraits as media rows: painted (or
 * read from the painting cache), stored by content hash like uploads, and
 * given the library's alt text and credit.
 */

export const DEMO_CREDIT = "(Photo: The Northern Dispatch)";

export function demoPictureId(key: string): string {
  return `demo-image-${key}`;
}

export function demoPortraitId(authorSlug: string): string {
  return `demo-portrait-${authorSlug}`;
}

interface Job {
  id: string;
  alt: string;
  render: () => Promise<Buffer>;
}

async function store(storage: MediaStorage, job: Job): Promise<Prisma.MediaCreateManyInput> {
  const data = await job.render();
  const sha256 = createHash("sha256").update(data).digest("hex");
  const key = imageStorageKey(sha256, "jpg");
  // Files are stored by content, so a reseed finds most of them in place.
  if ((await storage.size(key)) !== data.byteLength) await storage.put(key, data);
  const { width, height } = await sharp(data).metadata();
  return {
    id: job.id,
    kind: "IMAGE",
    storageKey: key,
    mimeType: "image/jpeg",
    bytes: data.byteLength,
    width,
    height,
    sha256,
    alt: job.alt,
    caption: "",
    credit: DEMO_CREDIT,
  };
}

/** Every demo picture and every author's portrait, two at a time (painting is CPU-bound). */
export async function writeDemoPictures(
  storage: MediaStorage,
  authors: readonly DemoAuthor[],
): Promise<Prisma.MediaCreateManyInput[]> {
  const jobs: Job[] = [
    ...DEMO_PICTURES.map((picture) => ({
      id: demoPictureId(picture.key),
      alt: picture.alt,
      render: () => renderScene(picture),
    })),
    ...authors.map((author) => ({
      id: demoPortraitId(author.slug),
      alt: `Portrait of ${author.name}`,
      render: () => renderPortrait(author.slug),
    })),
  ];
  const rows: Prisma.MediaCreateManyInput[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      rows[index] = await store(storage, jobs[index]!);
    }
  };
  await Promise.all([worker(), worker()]);
  return rows;
}
