/**
 * `npm run fonts`: remakes the site's web fonts from the Open Font License
 * sources in node_modules (@fontsource-variable/newsreader and /inter, pinned
 * exactly in package.json), so the committed files can be rebuilt and checked.
 *
 * What it does, and why:
 * - keeps only the characters the site sets (Latin-1, the punctuation in use;
 *   Cyrillic for Ukrainian in a file of its own that a browser fetches only
 *   for a page with Cyrillic text on it, through `unicode-range`);
 * - narrows the variable axes to what the stylesheets use (weights 400-800;
 *   Newsreader's optical size fixed at its text size, which alone is most of
 *   the file: 132 KB of the original 132 KB roman went to that axis's deltas);
 * - writes WOFF2 under public/fonts/ with a content hash in the name (served
 *   as immutable), the @font-face rules (app/styles/fonts.css) and the list of
 *   files to preload (app/fonts/font-files.ts);
 * - computes fallback faces from local system fonts (Times New Roman, Arial,
 *   their metric twins, Android's Noto Serif and Roboto, and DejaVu for other
 *   Linux systems) scaled with
 *   size-adjust and ascent/descent overrides to the web fonts' metrics, so
 *   text drawn before a font arrives keeps its lines when the font swaps in.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { entireMetricsCollection } from "@capsizecss/metrics/entireMetricsCollection";
import { fromBuffer } from "@capsizecss/unpack";
import * as fontkit from "fontkit";
import prettier from "prettier";
import subsetFont from "subset-font";
import { runScript } from "./lib/run-script";
import { CHARACTER_SETS, codePointsOf, toUnicodeRange } from "./lib/font-characters";

const OUT_DIR = "public/fonts";
const CSS_FILE = "app/styles/fonts.css";
const MODULE_FILE = "app/fonts/font-files.ts";
const SOURCES = "node_modules/@fontsource-variable";

interface Face {
  family: "Newsreader" | "Inter";
  name: string;
  source: string;
  style: "normal" | "italic";
  /** The CSS font-weight range the file serves. */
  weight: [number, number];
  axes: Record<string, number | { min: number; max: number }>;
  characters: keyof typeof CHARACTER_SETS;
  /** Needed for the first screen of every reader page. */
  preload: boolean;
}

const FACES: Face[] = [
  {
    family: "Newsreader",
    name: "newsreader-latin",
    source: `${SOURCES}/newsreader/files/newsreader-latin-opsz-normal.woff2`,
    style: "normal",
    weight: [400, 800],
    axes: { opsz: 18, wght: { min: 400, max: 800 } },
    characters: "latin",
    preload: true,
  },
  {
    // Block quotes and emphasis in body text, never above the fold: regular
    // weight only (bold italic is rare enough for the browser to embolden).
    family: "Newsreader",
    name: "newsreader-latin-italic",
    source: `${SOURCES}/newsreader/files/newsreader-latin-opsz-italic.woff2`,
    style: "italic",
    weight: [400, 400],
    axes: { opsz: 18, wght: 400 },
    characters: "latin",
    preload: false,
  },
  {
    family: "Inter",
    name: "inter-latin",
    source: `${SOURCES}/inter/files/inter-latin-wght-normal.woff2`,
    style: "normal",
    weight: [400, 800],
    axes: { wght: { min: 400, max: 800 } },
    characters: "latin",
    preload: true,
  },
  {
    family: "Inter",
    name: "inter-cyrillic",
    source: `${SOURCES}/inter/files/inter-cyrillic-wght-normal.woff2`,
    style: "normal",
    weight: [400, 800],
    axes: { wght: { min: 400, max: 800 } },
    characters: "cyrillic",
    preload: false,
  },
];

/** Local fonts a browser may already have, grouped by the web font they stand in for. */
const FALLBACKS: Record<Face["family"], { metrics: string; local: [string[], string[]] }[]> = {
  Newsreader: [
    {
      // Windows and macOS; Liberation Serif and Tinos share its metrics (Linux, ChromeOS).
      metrics: "timesNewRoman",
      local: [
        ["Times New Roman", "TimesNewRomanPSMT", "Liberation Serif", "LiberationSerif", "Tinos"],
        [
          "Times New Roman Bold",
          "TimesNewRomanPS-BoldMT",
          "Liberation Serif Bold",
          "LiberationSerif-Bold",
          "Tinos Bold",
        ],
      ],
    },
    {
      metrics: "notoSerif",
      local: [
        ["Noto Serif", "NotoSerif-Regular", "NotoSerif"],
        ["Noto Serif Bold", "NotoSerif-Bold"],
      ],
    },
    {
      // Linux without the Liberation fonts: much wider than Newsreader unscaled.
      metrics: "dejaVuSerif",
      local: [
        ["DejaVu Serif", "DejaVuSerif"],
        ["DejaVu Serif Bold", "DejaVuSerif-Bold"],
      ],
    },
  ],
  Inter: [
    {
      metrics: "arial",
      local: [
        ["Arial", "ArialMT", "Liberation Sans", "LiberationSans", "Arimo"],
        ["Arial Bold", "Arial-BoldMT", "Liberation Sans Bold", "LiberationSans-Bold", "Arimo Bold"],
      ],
    },
    {
      metrics: "roboto",
      local: [
        ["Roboto", "Roboto-Regular", "Roboto Regular"],
        ["Roboto Bold", "Roboto-Bold"],
      ],
    },
    {
      metrics: "dejaVuSans",
      local: [
        ["DejaVu Sans", "DejaVuSans"],
        ["DejaVu Sans Bold", "DejaVuSans-Bold"],
      ],
    },
  ],
};

type SystemMetrics = {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
  variants?: Record<string, { xWidthAvg: number; unitsPerEm: number }>;
};

/**
 * Capsize's collection has no DejaVu, the fonts a Linux system without the
 * Liberation family falls back to. These were read from Debian's
 * fonts-dejavu-core 2.37 with @capsizecss/unpack (`fromBuffer`).
 */
const MEASURED: Record<string, SystemMetrics> = {
  dejaVuSerif: {
    ascent: 1901,
    descent: -483,
    lineGap: 0,
    unitsPerEm: 2048,
    xWidthAvg: 1058,
    variants: { "700": { xWidthAvg: 1168, unitsPerEm: 2048 } },
  },
  dejaVuSans: {
    ascent: 1901,
    descent: -483,
    lineGap: 0,
    unitsPerEm: 2048,
    xWidthAvg: 1041,
    variants: { "700": { xWidthAvg: 1176, unitsPerEm: 2048 } },
  },
};

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
const hashOf = (bytes: Uint8Array) =>
  crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 10);

/** Average character width (capsize's weighting of English text) at a weight. */
async function widthAt(source: Buffer, face: Face, weight: number) {
  const axes = { ...face.axes, wght: weight };
  const instance = await subsetFont(source, CHARACTER_SETS.latin, {
    targetFormat: "sfnt",
    variationAxes: axes,
  });
  return fromBuffer(Buffer.from(instance));
}

/** @font-face rules for the local stand-ins of one family, regular and bold. */
async function fallbackFaces(
  family: Face["family"],
  face: Face,
  source: Buffer,
): Promise<string[]> {
  const rules: string[] = [];
  for (const [index, weight] of [400, 700].entries()) {
    const web = await widthAt(source, face, weight);
    for (const fallback of FALLBACKS[family]) {
      const system =
        MEASURED[fallback.metrics] ??
        (entireMetricsCollection as unknown as Record<string, SystemMetrics>)[fallback.metrics]!;
      const variant = weight === 700 ? system.variants?.["700"] : undefined;
      const systemWidth = (variant?.xWidthAvg ?? system.xWidthAvg) / system.unitsPerEm;
      const sizeAdjust = web.xWidthAvg / web.unitsPerEm / systemWidth;
      const name = `${family} Fallback ${fallback.metrics}`;
      rules.push(`@font-face {
  font-family: "${name}";
  src: ${fallback.local[index]!.map((local) => `local("${local}")`).join(", ")};
  font-weight: ${weight === 400 ? "100 599" : "600 900"};
  size-adjust: ${percent(sizeAdjust)};
  ascent-override: ${percent(web.ascent / web.unitsPerEm / sizeAdjust)};
  descent-override: ${percent(Math.abs(web.descent) / web.unitsPerEm / sizeAdjust)};
  line-gap-override: ${percent(web.lineGap / web.unitsPerEm / sizeAdjust)};
}`);
    }
  }
  return rules;
}

await runScript(async () => {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const old of fs.readdirSync(OUT_DIR)) {
    if (old.endsWith(".woff2")) fs.rmSync(path.join(OUT_DIR, old));
  }
  const faceRules: string[] = [];
  const files: { family: string; url: string; preload: boolean; bytes: number }[] = [];
  const fallbackRules: string[] = [];
  for (const face of FACES) {
    const source = fs.readFileSync(face.source);
    const wanted = CHARACTER_SETS[face.characters];
    const bytes = await subsetFont(source, wanted, {
      targetFormat: "woff2",
      variationAxes: face.axes,
    });
    const file = `${face.name}.${hashOf(bytes)}.woff2`;
    fs.writeFileSync(path.join(OUT_DIR, file), bytes);
    // Only what the file really has, so a browser asks for it exactly when needed.
    const present = fontkit.create(bytes) as { characterSet: number[] };
    const covered = new Set(present.characterSet);
    const range = toUnicodeRange(codePointsOf(wanted).filter((point) => covered.has(point)));
    const url = `/fonts/${file}`;
    faceRules.push(`@font-face {
  font-family: "${face.family}";
  src: url("${url}") format("woff2");
  font-style: ${face.style};
  font-weight: ${face.weight[0] === face.weight[1] ? face.weight[0] : face.weight.join(" ")};
  font-display: swap;
  unicode-range: ${range};
}`);
    files.push({ family: face.family, url, preload: face.preload, bytes: bytes.byteLength });
    if (face.style === "normal" && face.characters === "latin") {
      fallbackRules.push(...(await fallbackFaces(face.family, face, source)));
    }
    console.log(`${file.padEnd(44)} ${(bytes.byteLength / 1024).toFixed(1).padStart(6)} KiB`);
  }
  for (const licence of ["newsreader", "inter"]) {
    fs.copyFileSync(`${SOURCES}/${licence}/LICENSE`, path.join(OUT_DIR, `LICENSE-${licence}.txt`));
  }

  const css = `/* Generated by scripts/subset-fonts.ts (npm run fonts): do not edit by hand.
   Newsreader and Inter, subset and self-hosted under the SIL Open Font
   License (public/fonts/LICENSE-*.txt). The fallback faces are local fonts
   scaled to the web fonts' metrics, so nothing moves when a font arrives. */
${[...faceRules, ...fallbackRules].join("\n\n")}
`;
  const listing = `/**
 * Generated by scripts/subset-fonts.ts (npm run fonts): do not edit by hand.
 * The self-hosted font files, and which of them every reader page preloads.
 */
export const FONT_FILES = ${JSON.stringify(files)} as const;
`;
  const config = (await prettier.resolveConfig(CSS_FILE)) ?? {};
  fs.writeFileSync(CSS_FILE, await prettier.format(css, { ...config, filepath: CSS_FILE }));
  fs.writeFileSync(
    MODULE_FILE,
    await prettier.format(listing, { ...config, filepath: MODULE_FILE }),
  );
  const total = files.filter((file) => file.preload).reduce((sum, file) => sum + file.bytes, 0);
  console.log(`Preloaded on every page: ${(total / 1024).toFixed(1)} KiB`);
});
