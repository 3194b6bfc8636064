import "server-only";
import fsp from "node:fs/promises";
import path from "node:path";

/**
 * Fonts for generated images. The image renderer (satori) reads TTF/OTF/WOFF
 * but not WOFF2 and draws only one instance of a variable font, so
 * lib/seo/fonts/ holds static instances cut from the site's own variable
 * fonts (the @fontsource-variable packages; same SIL Open Font License; see lib/seo/fonts/README.md).
 * Read once per process.
 */
const FONT_DIR = path.join(process.cwd(), "lib/seo/fonts");

const FILES = [
  { name: "Newsreader", file: "newsreader-display-700.ttf", weight: 700 },
  { name: "Newsreader", file: "newsreader-display-800.ttf", weight: 800 },
  { name: "Inter", file: "inter-500.ttf", weight: 500 },
  { name: "Inter", file: "inter-700.ttf", weight: 700 },
] as const;

export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: 500 | 700 | 800;
  style: "normal";
}

let loading: Promise<OgFont[]> | undefined;

export function loadOgFonts(): Promise<OgFont[]> {
  loading ??= Promise.all(
    FILES.map(async ({ name, file, weight }) => {
      const data = await fsp.readFile(path.join(FONT_DIR, file));
      return {
        name,
        weight,
        style: "normal" as const,
        data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
      };
    }),
  ).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
