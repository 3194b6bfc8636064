/**
 * The characters the web fonts keep. Everything else still shows, in the
 * fallback font: a character outside a file's unicode-range never makes the
 * browser download it.
 */

const range = (from: number, to: number) =>
  String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

/** Punctuation and symbols the site and its stories set, beyond Latin-1. */
const PUNCTUATION =
  "\u0131\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC" + // Latin-1's neighbours in Windows-1252
  range(0x2010, 0x2015) + // hyphens and dashes
  range(0x2018, 0x201f) + // quotation marks
  "\u2020\u2021\u2022\u2026\u2030\u2032\u2033\u2039\u203A\u2044" +
  "\u2009\u200A\u202F\u2060" + // thin, hair and narrow no-break spaces; word joiner
  "\u20AC\u20B4\u2116\u2122" + // euro, hryvnia, numero, trade mark
  "\u2190\u2191\u2192\u2193\u2212\u2215";

export const CHARACTER_SETS = {
  latin: range(0x20, 0x7e) + range(0xa0, 0xff) + PUNCTUATION,
  // Ukrainian and Russian, with the Ukrainian apostrophe and the stress mark.
  cyrillic: range(0x400, 0x45f) + "\u0490\u0491\u02BC\u0301",
} as const;

export function codePointsOf(text: string): number[] {
  return [...new Set([...text].map((character) => character.codePointAt(0)!))].sort(
    (a, b) => a - b,
  );
}

/** `U+20-7E, U+A0-FF, …` from sorted code points. */
export function toUnicodeRange(points: number[]): string {
  const parts: string[] = [];
  let start = points[0];
  let end = start;
  const hex = (point: number) => point.toString(16).toUpperCase();
  for (const point of [...points.slice(1), Number.NaN]) {
    if (start === undefined || end === undefined) break;
    if (point === end + 1) {
      end = point;
      continue;
    }
    parts.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
    start = point;
    end = point;
  }
  return parts.join(", ");
}
