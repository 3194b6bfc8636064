import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { DEMO_AUTHORS } from "../demo/authors.ts";
import { DEMO_PICTURES, MOTIF_VARIANTS } from "../demo/pictures.ts";
import { cachedRender } from "./cache.ts";
import { Canvas } from "./canvas.ts";
import { paintPortrait } from "./portraits.ts";
import { paintCity } from "./scenes-city.ts";
import { paintField } from "./scenes-fields.ts";
import { paintSmoke } from "./scenes-smoke-harbor.ts";
import { paintDocuments } from "./scenes-surfaces.ts";
import { SITTERS } from "./sitters.ts";

/** Small paintings: the painters work at any size, and tests should stay quick. */
async function paint(painter: (c: Canvas) => Promise<void>, width = 320, height = 180) {
  const canvas = new Canvas(width, height);
  await painter(canvas);
  return canvas;
}

async function stats(canvas: Canvas) {
  const { channels } = await sharp(canvas.bytes(), {
    raw: { width: canvas.width, height: canvas.height, channels: 3 },
  }).stats();
  return channels.map((c) => ({ mean: c.mean, stdev: c.stdev }));
}

describe("demo pictures", () => {
  it("has alt text for every picture and a portrait for every author", () => {
    expect(DEMO_PICTURES.length).toBeGreaterThanOrEqual(40);
    for (const picture of DEMO_PICTURES) {
      expect(picture.alt).toMatch(/^[A-Z].{30,120}\.$/);
      expect(picture.variant).toBeLessThan(MOTIF_VARIANTS[picture.motif]);
    }
    expect(new Set(DEMO_PICTURES.map((p) => p.alt)).size).toBe(DEMO_PICTURES.length);
    expect(Object.keys(SITTERS).sort()).toEqual(DEMO_AUTHORS.map((a) => a.slug).sort());
  });

  it("paints the same picture every time, and different pictures differently", async () => {
    const a = await paint((c) => paintCity(c, 5, 0));
    const b = await paint((c) => paintCity(c, 5, 0));
    expect(Buffer.compare(a.bytes(), b.bytes())).toBe(0);
    const others = [
      await paint((c) => paintCity(c, 5, 1)),
      await paint((c) => paintField(c, 5, 0)),
      await paint((c) => paintSmoke(c, 5, 3)),
      await paint((c) => paintDocuments(c, 5, 0)),
    ];
    const pictures = [a, ...others].map((c) => c.bytes());
    for (let i = 0; i < pictures.length; i++) {
      for (let j = i + 1; j < pictures.length; j++) {
        let difference = 0;
        for (let k = 0; k < pictures[i]!.length; k++) {
          difference += Math.abs(pictures[i]![k]! - pictures[j]![k]!);
        }
        expect(difference / pictures[i]!.length, `${i} and ${j}`).toBeGreaterThan(15);
      }
    }
  });

  it("looks like a photograph, not a flat drawing: tones vary and there is grain", async () => {
    const canvas = await paint((c) => paintField(c, 9, 1));
    for (const channel of await stats(canvas)) {
      expect(channel.stdev).toBeGreaterThan(12);
      expect(channel.mean).toBeGreaterThan(30);
      expect(channel.mean).toBeLessThan(230);
    }
    // Neighbouring sky pixels differ a little: sensor grain, not a flat fill.
    const bytes = canvas.bytes();
    let differing = 0;
    for (let x = 10; x < 110; x++) if (bytes[x * 3] !== bytes[(x + 1) * 3]) differing++;
    expect(differing).toBeGreaterThan(50);
  });

  it("paints a portrait lit from behind, brighter at the edges than at the face", async () => {
    const sitter = SITTERS["daria-melnychuk"]!;
    const canvas = await paint((c) => paintPortrait(c, 4, sitter), 160, 160);
    const bytes = canvas.bytes();
    const luma = (x: number, y: number) => bytes[(y * 160 + x) * 3 + 1]!;
    // The middle of the head is in shadow; the backdrop beside it is lit.
    expect(luma(80, 70)).toBeLessThan(luma(8, 40));
  });

  it("reuses a cached painting instead of painting again", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-images-"));
    let renders = 0;
    const render = async () => {
      renders++;
      return Buffer.from("painted");
    };
    expect((await cachedRender({ key: "x" }, render, dir)).toString()).toBe("painted");
    expect((await cachedRender({ key: "x" }, render, dir)).toString()).toBe("painted");
    expect(renders).toBe(1);
    await cachedRender({ key: "y" }, render, dir);
    expect(renders).toBe(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
