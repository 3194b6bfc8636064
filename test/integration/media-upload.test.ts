import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { variantUrl } from "@/lib/media/variants";
import { actAs, actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import { createStaff } from "./factories";
import {
  animatedGif,
  gifBomb,
  jpegWithGps,
  postUpload,
  readStored,
  solidImage,
  giveFileItsOwnMediaFolder,
} from "./media-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

giveFileItsOwnMediaFolder("upload");

startEachTestAs("AUTHOR");

const mediaRows = () =>
  testDb().media.findMany({
    select: { id: true, mimeType: true, width: true, height: true, variants: true, sha256: true },
  });

/** A real 1×1 PNG whose header claims other dimensions: nothing is decoded to refuse it. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await solidImage(1, 1, "png"));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe("uploading: what comes out", () => {
  it("removes EXIF and GPS from the stored file and every copy", async () => {
    const input = await jpegWithGps();
    const before = await sharp(input).metadata();
    expect(before.exif, "the test image must carry EXIF").toBeDefined();

    const { status, body } = await postUpload(input, { alt: "A street", credit: "AP" });
    expect(status).toBe(201);
    if (!body.ok) throw new Error(body.error);
    const stored = await readStored(body.data.src);
    expect(stored).not.toBeNull();
    const after = await sharp(stored!).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(stored!.includes(Buffer.from("TestCam"))).toBe(false);

    const [row] = await mediaRows();
    for (const variant of row!.variants as { key: string }[]) {
      const copy = await readStored(`/media/${variant.key}`);
      expect((await sharp(copy!).metadata()).exif).toBeUndefined();
    }
    const audit = await testDb().auditLog.findMany({ where: { entityType: "media" } });
    expect(audit).toEqual([
      expect.objectContaining({ action: "media.upload", actorId: actingStaff()?.id }),
    ]);
  });

  it("decides the format from the bytes: a PNG named .jpg is stored as a PNG", async () => {
    const { status, body } = await postUpload(await solidImage(640, 480, "png"), {
      name: "photo.jpg",
      type: "image/jpeg",
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ ok: true, data: { src: expect.stringMatching(/\.png$/) } });
    expect(await mediaRows()).toEqual([expect.objectContaining({ mimeType: "image/png" })]);
  });

  it("makes resized copies narrower than the original, in the original's format", async () => {
    const { body } = await postUpload(await solidImage(2000, 1000, "jpeg"));
    if (!body.ok) throw new Error(body.error);
    const [row] = await mediaRows();
    const variants = row!.variants as { width: number; height: number; key: string }[];
    expect(variants.map((v) => [v.width, v.height])).toEqual([
      [480, 240],
      [960, 480],
      [1600, 800],
    ]);
    for (const variant of variants) {
      const copy = await readStored(`/media/${variant.key}`);
      expect(await sharp(copy!).metadata()).toMatchObject({
        format: "jpeg",
        width: variant.width,
      });
    }
    const media = { storageKey: body.data.src.slice(7), width: 2000, variants: row!.variants };
    expect(variantUrl(media, 900)).toMatch(/-w960\.jpg$/);
    expect(variantUrl(media, 1800)).toBe(body.data.src);

    // Nothing to make for a small image; AVIF copies are WebP.
    await postUpload(await solidImage(400, 300, "png"));
    await postUpload(await solidImage(1000, 500, "avif"));
    const rows = await mediaRows();
    const small = rows.find((r) => r.width === 400);
    expect(small?.variants).toEqual([]);
    const avif = rows.find((r) => r.mimeType === "image/avif");
    expect(avif?.variants).toEqual([
      expect.objectContaining({ width: 480, mimeType: "image/webp" }),
      expect.objectContaining({ width: 960, mimeType: "image/webp" }),
    ]);
  });

  it("keeps an animated GIF animated, copies included", async () => {
    const { status, body } = await postUpload(await animatedGif(1000, 500), { name: "a.gif" });
    expect(status).toBe(201);
    if (!body.ok) throw new Error(body.error);
    expect(body.data).toMatchObject({ width: 1000, height: 500 });
    const stored = await readStored(body.data.src);
    expect(await sharp(stored!).metadata()).toMatchObject({ format: "gif", pages: 2 });
    const [row] = await mediaRows();
    const variants = row!.variants as { key: string }[];
    expect(variants).toHaveLength(2);
    const copy = await readStored(`/media/${variants[0]!.key}`);
    expect(await sharp(copy!).metadata()).toMatchObject({ format: "gif", pages: 2, width: 480 });
  });
});

describe("uploading: what is refused, and why", () => {
  async function expectRefused(data: Buffer, message: RegExp, name = "file.png", code = 400) {
    const { status, body } = await postUpload(data, { name, type: "image/png" });
    expect(status).toBe(code);
    expect(body).toMatchObject({
      ok: false,
      fieldErrors: { file: expect.stringMatching(message) },
    });
    expect(await mediaRows()).toEqual([]);
  }

  it("refuses a text file named .png and a script named .jpg", async () => {
    await expectRefused(
      Buffer.from("Just some notes, not a picture.\n"),
      /not an image we can read/,
    );
    await expectRefused(
      Buffer.from("#!/bin/sh\nrm -rf / # ha\n<script>alert(1)</script>"),
      /not an image we can read/,
      "holiday.jpg",
    );
  });

  it("refuses an SVG, scripts and all", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><script>alert(document.cookie)</script><rect width="400" height="300"/></svg>',
    );
    await expectRefused(svg, /SVG files are not accepted; use a JPEG, PNG, WebP, AVIF or GIF/);
  });

  it("refuses a file over the size limit, saying both sizes", async () => {
    const big = Buffer.alloc(26 * 1024 * 1024, 1);
    await expectRefused(big, /^The file is 26 MB; the limit is 25 MB\.$/, "file.png", 413);
  });

  it("refuses too many pixels from the header alone, saying the dimensions", async () => {
    await expectRefused(
      await pngClaiming(100_000, 100_000),
      /^The image is 100000×100000 pixels \(10000 megapixels\); the limit is 60 megapixels\.$/,
    );
  });

  it("refuses a real decompression bomb: a small file of many pixels", async () => {
    const bomb = await sharp({
      create: { width: 9000, height: 7000, channels: 3, background: "#000" },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    await expectRefused(bomb, /^The image is 9000×7000 pixels \(63 megapixels\)/);
  });

  it("counts every frame of an animation: a tiny GIF of huge frames is refused undecoded", async () => {
    const bomb = gifBomb(4000, 4000, 4);
    expect(bomb.byteLength).toBeLessThan(200);
    const started = Date.now();
    await expectRefused(
      bomb,
      /^The animation is 4000×4000 pixels over 4 frames \(64 megapixels in all\); the limit is 60 megapixels\.$/,
    );
    // Decoding it would take seconds; refusing it takes no decoding at all.
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe("uploading the same bytes twice", () => {
  it("answers the image already stored and says so", async () => {
    const data = await solidImage(800, 600, "jpeg");
    const first = await postUpload(data, { alt: "Original alt" });
    const second = await postUpload(data, { alt: "Different alt" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    if (!first.body.ok || !second.body.ok) throw new Error("upload failed");
    expect(first.body.data.duplicate).toBe(false);
    expect(second.body.data).toMatchObject({
      id: first.body.data.id,
      duplicate: true,
      alt: "Original alt",
    });
    expect(await mediaRows()).toHaveLength(1);
  });

  it("does not show the texts of an image the uploader may not see", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const data = await solidImage(800, 600, "jpeg");
    await postUpload(data, { caption: "Embargoed: the minister resigns" });
    actAs(await createStaff({ role: "CONTRIBUTOR" }));
    const again = await postUpload(data);
    expect(again.body).toMatchObject({ ok: true, data: { duplicate: true, caption: "" } });
  });

  it("asks a signed-out browser to sign in", async () => {
    actAs(null);
    const { status, body } = await postUpload(await solidImage(300, 300));
    expect(status).toBe(401);
    expect(body).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});
