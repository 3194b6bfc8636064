import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { glyphOutline } from "./glyph";
import { packIco } from "./ico";
import { webManifest } from "./manifest";
import { markCandidates, markLetter, markSvg } from "./mark";
import { iconPaths, isIconFile } from "./paths";

const font = fs.readFileSync(path.resolve("lib/seo/fonts/newsreader-display-800.ttf"));

describe("the site mark", () => {
  it("stands for the site by the first letter of its name after an article", () => {
    expect(markLetter("The Northern Dispatch")).toBe("N");
    expect(markLetter("  kyiv ledger")).toBe("K");
    expect(markLetter("The")).toBe("T");
    expect(markLetter("An Evening Post")).toBe("E");
    expect(markLetter("24 Hours")).toBe("2");
    expect(markLetter("—")).toBeNull();
    expect(markCandidates("Élan")).toEqual(["É", "E", "¶"]);
    expect(markCandidates("")).toEqual(["¶"]);
  });

  it("cuts letters from the headline face, simple and composite glyphs alike", () => {
    const n = glyphOutline(font, "N");
    expect(n).not.toBeNull();
    expect(n!.path).toMatch(/^M[-\d. ]+[LQ]/);
    expect(n!.path.endsWith("Z")).toBe(true);
    // Capital height, y pointing down: above the baseline, within the em.
    expect(n!.box.yMin).toBeLessThan(-n!.unitsPerEm / 2);
    expect(n!.box.yMax).toBeLessThanOrEqual(0);
    // É is a composite (E and an accent): both are drawn, so it is taller.
    const accented = glyphOutline(font, "É")!;
    expect(accented.box.yMin).toBeLessThan(n!.box.yMin);
    expect(glyphOutline(font, "Ж")).toBeNull();
  });

  it("draws paper, the accent rule and the letter, whole, at pixel sizes", async () => {
    const svg = markSvg(glyphOutline(font, "N"), 32, "tile");
    expect(svg).toContain('fill="#a3231a"');
    expect(svg).toContain('fill="#15171a"');
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const { width, height } = await sharp(png).metadata();
    expect([width, height]).toEqual([32, 32]);
    // The bottom rows are the accent rule; the middle holds ink.
    const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * 32 + x) * 3, (y * 32 + x) * 3 + 3),
    ];
    expect(pixel(2, 31)).toEqual([0xa3, 0x23, 0x1a]);
    expect(pixel(0, 0)).toEqual([0xfb, 0xfa, 0xf7]);
  });

  it("keeps a maskable icon inside the central safe circle", () => {
    const svg = markSvg(glyphOutline(font, "N"), 512, "maskable");
    const rects = [
      ...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g),
    ];
    for (const [, x, y, w, h] of rects) {
      for (const [cx, cy] of [
        [Number(x), Number(y)],
        [Number(x) + Number(w), Number(y) + Number(h)],
      ]) {
        expect(Math.hypot(cx! - 256, cy! - 256)).toBeLessThanOrEqual(0.4 * 512);
      }
    }
  });
});

describe("the favicon file", () => {
  it("is an ICO directory of PNG images", () => {
    const png = (n: number) => new Uint8Array(n).fill(7);
    const ico = packIco([
      { size: 16, png: png(10) },
      { size: 256, png: png(20) },
    ]);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([
      0, 1, 2,
    ]);
    expect(view.getUint8(6)).toBe(16);
    expect(view.getUint8(22)).toBe(0); // 256
    expect(view.getUint32(6 + 8, true)).toBe(10);
    expect(view.getUint32(6 + 12, true)).toBe(38);
    expect(view.getUint32(22 + 12, true)).toBe(48);
    expect(ico.byteLength).toBe(68);
  });
});

describe("the web manifest", () => {
  it("names the site and lists icons that are served", () => {
    const manifest = webManifest({
      name: "The Northern Dispatch",
      description: "News",
      language: "en",
    });
    expect(manifest).toMatchObject({
      name: "The Northern Dispatch",
      short_name: "Northern Dispatch",
    });
    expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
    for (const icon of manifest.icons) {
      const file = icon.src.replace("/icons/", "");
      expect(icon.src === iconPaths.svg || isIconFile(file), icon.src).toBe(true);
    }
  });
});
