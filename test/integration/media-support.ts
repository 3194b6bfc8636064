import { randomInt } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, vi } from "vitest";
import type { Staff } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/auth/staff-action";
import type { UploadedImage } from "@/lib/media/dto";
import { readWhole } from "@/lib/media/media-storage";
import { mediaStorage } from "@/lib/media/storage";
import { actAs } from "./acting-staff";

/**
 * Test images made on the spot. Each call paints different pixels, so no
 * two tests share a content hash (and so a storage key) by accident.
 */
export function randomColour(): string {
  return `#${randomInt(0, 0xffffff).toString(16).padStart(6, "0")}`;
}

export function solidImage(
  width: number,
  height: number,
  format: "jpeg" | "png" | "webp" | "gif" | "avif" = "png",
): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background: randomColour() } });
  return base.toFormat(format).toBuffer();
}

/** A JPEG that says where it was taken and with what camera. */
export function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: randomColour() } })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestCam", Model: "Field 1", Artist: "A Photographer" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "50/1 27/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "30/1 31/1 0/1",
      },
    })
    .toBuffer();
}

/** Two frames of different colours, as an animated GIF. */
export async function animatedGif(width = 600, height = 400): Promise<Buffer> {
  const frame = () =>
    sharp({ create: { width, height, channels: 3, background: randomColour() } })
      .png()
      .toBuffer();
  return sharp([await frame(), await frame()], { join: { animated: true } })
    .gif({ delay: [200, 200], loop: 0 })
    .toBuffer();
}

/** The full bytes of a stored file, or null when it is gone. */
export async function readStored(src: string): Promise<Buffer | null> {
  return readWhole(mediaStorage(), src.replace(/^\/media\//, ""));
}

/**
 * Posts a file to the real upload route, as the editor's upload form does
 * (the session is mocked by the test file).
 */
export async function postUpload(
  data: Buffer | Uint8Array,
  options: { name?: string; type?: string; alt?: string; caption?: string; credit?: string } = {},
): Promise<{ status: number; body: ActionResult<UploadedImage> }> {
  const { POST } = await import("@/app/api/editor/media/route");
  const form = new FormData();
  form.set(
    "file",
    new File([new Uint8Array(data)], options.name ?? "upload.jpg", {
      type: options.type ?? "image/jpeg",
    }),
  );
  form.set("alt", options.alt ?? "");
  form.set("caption", options.caption ?? "");
  form.set("credit", options.credit ?? "");
  // As a browser sends it: the multipart body with its length declared.
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const request = new Request("http://localhost:3000/api/editor/media", {
    method: "POST",
    headers: {
      "sec-fetch-site": "same-origin",
      "content-type": encoded.headers.get("content-type")!,
      "content-length": String(body.byteLength),
    },
    body,
  });
  const response = await POST(request);
  return { status: response.status, body: (await response.json()) as ActionResult<UploadedImage> };
}

/**
 * Points the media storage at a folder of this test file's own (files run
 * in parallel, and a delete test must not remove another file's images);
 * call at the top of the file, before anything touches the storage.
 */
export function giveFileItsOwnMediaFolder(name: string): string {
  const folder = path.join(os.tmpdir(), `newsroom-media-${name}-${process.pid}-${Date.now()}`);
  vi.stubEnv("MEDIA_DIR", folder);
  afterAll(() => fs.rm(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * A hand-made GIF whose frames each claim `width`×`height` pixels but carry
 * the data of one: a few hundred bytes that decode to `frames` full frames,
 * the animated form of a decompression bomb.
 */
export function gifBomb(width: number, height: number, frames: number): Buffer {
  const u16 = (value: number) => [value & 0xff, value >> 8];
  const parts: number[] = [
    ...Buffer.from("GIF89a"),
    ...u16(width),
    ...u16(height),
    0x80, // a global colour table of two colours
    0,
    0,
    ...[0, 0, 0, 255, 255, 255],
    // NETSCAPE2.0: loop forever, which makes it an animation.
    ...[0x21, 0xff, 0x0b, ...Buffer.from("NETSCAPE2.0"), 0x03, 0x01, 0, 0, 0],
  ];
  for (let i = 0; i < frames; i++) {
    parts.push(0x21, 0xf9, 0x04, 0x00, 0x0a, 0x00, 0x00, 0x00); // 100 ms per frame
    parts.push(0x2c, ...u16(0), ...u16(0), ...u16(width), ...u16(height), 0x00);
    parts.push(0x02, 0x02, 0x44, 0x01, 0x00); // one pixel of data, LZW-coded
  }
  parts.push(0x3b);
  return Buffer.from(parts);
}

/** Uploads an image as `staff` through the real route; answers its id and address. */
export async function uploadAs(
  staff: Staff,
  text: { alt?: string; caption?: string; credit?: string } = {},
) {
  actAs(staff);
  const { body } = await postUpload(await solidImage(1200, 800, "jpeg"), text);
  if (!body.ok) throw new Error(body.error);
  return { id: body.data.id, src: body.data.src };
}

export const bodyWithImage = (mediaId: string, alt = "") => ({
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Before." }] },
    { type: "image", attrs: { mediaId, alt, caption: "", credit: "" } },
  ],
});
