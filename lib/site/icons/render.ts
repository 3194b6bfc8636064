import "server-only";
import fsp from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { getSiteSettings } from "@/lib/site/settings";
import { glyphOutline, type GlyphOutline } from "./glyph";
import { packIco } from "./ico";
import { markCandidates, markSvg, type MarkLayout } from "./mark";

/**
 * The site's icons, drawn from its name on request (the name is a setting,
 * and the build has no database), kept per name in memory. The letter is
 * cut from the headline face in lib/seo/fonts/, as the sharing cards are.
 */
const FONT_FILE = path.join(process.cwd(), "lib/seo/fonts/newsreader-display-800.ttf");

/** Tab icons inside the ICO, and Apple's touch icon. */
export const ICO_SIZES = [16, 32, 48] as const;
export const APPLE_TOUCH_SIZE = 180;

// Shared by every route bundle in the process, like the sharing cards' cache.
interface IconStore {
  font?: Promise<Uint8Array>;
  outlines: Map<string, GlyphOutline | null>;
  rendered: Map<string, Promise<Uint8Array<ArrayBuffer>>>;
}
const holder = globalThis as unknown as { newsroomSiteIcons?: IconStore };
const store: IconStore = (holder.newsroomSiteIcons ??= {
  outlines: new Map(),
  rendered: new Map(),
});
const { outlines, rendered } = store;

async function outlineFor(siteName: string): Promise<GlyphOutline | null> {
  if (outlines.has(siteName)) return outlines.get(siteName)!;
  store.font ??= fsp.readFile(FONT_FILE).catch((error: unknown) => {
    store.font = undefined;
    throw error;
  });
  const bytes = await store.font;
  let outline: GlyphOutline | null = null;
  for (const letter of markCandidates(siteName)) {
    outline = glyphOutline(bytes, letter);
    if (outline) break;
  }
  // A renamed site is a new key; old names are few and small.
  if (outlines.size > 20) outlines.clear();
  outlines.set(siteName, outline);
  return outline;
}

/** The mark as SVG, for `/icon.svg` (sharp draws the PNGs from the same text). */
export async function siteMarkSvg(size = 64, layout: MarkLayout = "tile"): Promise<string> {
  const site = await getSiteSettings();
  return markSvg(await outlineFor(site.name), size, layout);
}

function memo(key: string, render: () => Promise<Uint8Array<ArrayBuffer>>) {
  let value = rendered.get(key);
  if (!value) {
    if (rendered.size > 60) rendered.clear();
    value = render().catch((error: unknown) => {
      rendered.delete(key);
      throw error;
    });
    rendered.set(key, value);
  }
  return value;
}

async function png(siteName: string, size: number, layout: MarkLayout) {
  const svg = markSvg(await outlineFor(siteName), size, layout);
  const buffer = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(buffer);
}

export async function siteMarkPng(
  size: number,
  layout: MarkLayout = "tile",
): Promise<Uint8Array<ArrayBuffer>> {
  const { name } = await getSiteSettings();
  return memo(`${name}\n${size}\n${layout}`, () => png(name, size, layout));
}

export async function siteFaviconIco(): Promise<Uint8Array<ArrayBuffer>> {
  const { name } = await getSiteSettings();
  return memo(`${name}\nico`, async () =>
    packIco(
      await Promise.all(
        ICO_SIZES.map(async (size) => ({ size, png: await png(name, size, "tile") })),
      ),
    ),
  );
}
