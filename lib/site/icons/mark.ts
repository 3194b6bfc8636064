import type { GlyphOutline } from "./glyph";

/**
 * The site mark: the first letter of the site's name in the headline face
 * (Newsreader, the wordmark's), ink on paper over the accent rule, as the
 * publisher logo draws the whole name. Pure: the outline comes in, SVG
 * text goes out; lib/site/icons/render.ts turns it into PNG and ICO.
 */

// The site's light palette (app/styles/tokens.css). An icon is a tile of its
// own, so it keeps these in dark mode too, as the printed masthead would.
const PAPER = "#fbfaf7";
const INK = "#15171a";
const ACCENT = "#a3231a";

/** Leading articles are skipped: "The Northern Dispatch" is marked "N". */
const ARTICLE = /^(the|a|an)\s+(?=\S)/i;

/** The letter (or digit) that stands for the site: the first of its name after an article. */
export function markLetter(siteName: string): string | null {
  const name = siteName.trim().replace(ARTICLE, "");
  const match = /[\p{L}\p{N}]/u.exec(name);
  return match ? match[0].toLocaleUpperCase("en") : null;
}

/** Letters to try in turn: the letter, then its base without accents, then the pilcrow. */
export function markCandidates(siteName: string): string[] {
  const letter = markLetter(siteName);
  const base = letter?.normalize("NFD").replace(/\p{M}/gu, "");
  return [...new Set([letter, base, "¶"].filter((c): c is string => Boolean(c)))];
}

export type MarkLayout = "tile" | "maskable";

const fixed = (value: number) => String(Math.round(value * 100) / 100);

/**
 * The mark as SVG at `size` pixels. "tile": the letter above a full-width
 * accent rule along the bottom edge (browser tabs, home screens).
 * "maskable": everything inside the central safe zone (a circle of 80% of
 * the width), because launchers cut such icons to their own shapes.
 */
export function markSvg(outline: GlyphOutline | null, size: number, layout: MarkLayout): string {
  const parts: string[] = [`<rect width="${size}" height="${size}" fill="${PAPER}"/>`];
  const maskable = layout === "maskable";
  // The rule: along the bottom of a tile, or a short underline in the safe zone.
  // Whole pixels, so that a 16-pixel tab icon gets a crisp line.
  const ruleHeight = Math.max(2, Math.round(size * (maskable ? 0.05 : 0.14)));
  const rule = maskable
    ? { x: size * 0.3, y: Math.round(size * 0.7), width: size * 0.4, height: ruleHeight }
    : { x: 0, y: size - ruleHeight, width: size, height: ruleHeight };
  parts.push(
    `<rect x="${fixed(rule.x)}" y="${fixed(rule.y)}" width="${fixed(rule.width)}" height="${fixed(rule.height)}" fill="${ACCENT}"/>`,
  );
  if (outline) {
    // The letter fills a box above the rule, kept whole by its larger side.
    const area = maskable
      ? { x: size * 0.27, y: size * 0.22, width: size * 0.46, height: size * 0.42 }
      : { x: size * 0.1, y: size * 0.1, width: size * 0.8, height: rule.y - size * 0.18 };
    const { xMin, xMax, yMin, yMax } = outline.box;
    const scale = Math.min(area.width / (xMax - xMin), area.height / (yMax - yMin));
    const dx = area.x + (area.width - (xMax - xMin) * scale) / 2 - xMin * scale;
    const dy = area.y + (area.height - (yMax - yMin) * scale) / 2 - yMin * scale;
    const s = Number(scale.toFixed(5));
    parts.push(
      `<path transform="matrix(${s} 0 0 ${s} ${fixed(dx)} ${fixed(dy)})" fill="${INK}" d="${outline.path}"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${parts.join("")}</svg>`;
}
