/**
 * One glyph's outline from a TrueType font, as an SVG path, so the site mark
 * is drawn with the site's own headline face without a font engine (an SVG
 * icon cannot load web fonts). Reads only what that needs: cmap (formats 4
 * and 12), head, loca and glyf, simple and composite glyphs. Pure.
 */

export interface GlyphOutline {
  /** SVG path data in font units, y pointing down (already flipped). */
  path: string;
  /** Bounding box in the same coordinates. */
  box: { xMin: number; yMin: number; xMax: number; yMax: number };
  unitsPerEm: number;
}

interface Font {
  view: DataView;
  tables: Map<string, number>;
  unitsPerEm: number;
  longLoca: boolean;
}

function openFont(bytes: Uint8Array): Font {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(at),
      view.getUint8(at + 1),
      view.getUint8(at + 2),
      view.getUint8(at + 3),
    );
    tables.set(tag, view.getUint32(at + 8));
  }
  for (const needed of ["cmap", "head", "loca", "glyf"]) {
    if (!tables.has(needed)) throw new Error(`Not a TrueType font: no ${needed} table`);
  }
  const head = tables.get("head")!;
  return {
    view,
    tables,
    unitsPerEm: view.getUint16(head + 18),
    longLoca: view.getInt16(head + 50) === 1,
  };
}

/** The glyph index of a code point, or 0 (".notdef") when the font has none. */
function glyphIndex(font: Font, codePoint: number): number {
  const { view } = font;
  const cmap = font.tables.get("cmap")!;
  const subtables = view.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 = offset;
    if (format === 4) format4 = offset;
  }
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    for (let i = 0; i < groups; i++) {
      const at = format12 + 16 + i * 12;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      if (codePoint >= start && codePoint <= end) {
        return view.getUint32(at + 8) + codePoint - start;
      }
    }
    return 0;
  }
  if (format4 < 0 || codePoint > 0xffff) return 0;
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let i = 0; i < segments; i++) {
    if (codePoint > view.getUint16(ends + i * 2)) continue;
    const start = view.getUint16(starts + i * 2);
    if (codePoint < start) return 0;
    const delta = view.getInt16(deltas + i * 2);
    const rangeAt = rangeOffsets + i * 2;
    const rangeOffset = view.getUint16(rangeAt);
    if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
    const glyph = view.getUint16(rangeAt + rangeOffset + (codePoint - start) * 2);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

type Point = { x: number; y: number; onCurve: boolean };

function glyphLocation(font: Font, index: number): { start: number; length: number } {
  const loca = font.tables.get("loca")!;
  const glyf = font.tables.get("glyf")!;
  const at = (i: number) =>
    font.longLoca ? font.view.getUint32(loca + i * 4) : font.view.getUint16(loca + i * 2) * 2;
  const start = at(index);
  return { start: glyf + start, length: at(index + 1) - start };
}

const ARG_WORDS = 0x1;
const ARGS_ARE_XY = 0x2;
const HAS_SCALE = 0x8;
const MORE_COMPONENTS = 0x20;
const HAS_XY_SCALE = 0x40;
const HAS_2X2 = 0x80;

/** The contours of a glyph, components of composite glyphs placed and scaled. */
function contoursOf(font: Font, index: number, depth = 0): Point[][] {
  const { view } = font;
  const { start, length } = glyphLocation(font, index);
  if (length === 0 || depth > 8) return [];
  const contourCount = view.getInt16(start);
  if (contourCount < 0) {
    const contours: Point[][] = [];
    let at = start + 10;
    for (;;) {
      const flags = view.getUint16(at);
      const component = view.getUint16(at + 2);
      at += 4;
      let dx = 0;
      let dy = 0;
      if (flags & ARG_WORDS) {
        dx = view.getInt16(at);
        dy = view.getInt16(at + 2);
        at += 4;
      } else {
        dx = view.getInt8(at);
        dy = view.getInt8(at + 1);
        at += 2;
      }
      // Point-matched placement (no x/y offsets) is rare in Latin letters: placed at 0,0.
      if (!(flags & ARGS_ARE_XY)) dx = dy = 0;
      let [a, b, c, d] = [1, 0, 0, 1];
      const f2dot14 = (offset: number) => view.getInt16(offset) / 16384;
      if (flags & HAS_SCALE) {
        a = d = f2dot14(at);
        at += 2;
      } else if (flags & HAS_XY_SCALE) {
        a = f2dot14(at);
        d = f2dot14(at + 2);
        at += 4;
      } else if (flags & HAS_2X2) {
        [a, b, c, d] = [f2dot14(at), f2dot14(at + 2), f2dot14(at + 4), f2dot14(at + 6)];
        at += 8;
      }
      for (const contour of contoursOf(font, component, depth + 1)) {
        contours.push(
          contour.map((p) => ({
            x: a * p.x + c * p.y + dx,
            y: b * p.x + d * p.y + dy,
            onCurve: p.onCurve,
          })),
        );
      }
      if (!(flags & MORE_COMPONENTS)) return contours;
    }
  }

  const ends: number[] = [];
  for (let i = 0; i < contourCount; i++) ends.push(view.getUint16(start + 10 + i * 2));
  const pointCount = (ends[ends.length - 1] ?? -1) + 1;
  const instructions = view.getUint16(start + 10 + contourCount * 2);
  let at = start + 12 + contourCount * 2 + instructions;
  const flags: number[] = [];
  while (flags.length < pointCount) {
    const flag = view.getUint8(at++);
    flags.push(flag);
    if (flag & 0x8) {
      const repeat = view.getUint8(at++);
      for (let r = 0; r < repeat; r++) flags.push(flag);
    }
  }
  const readAxis = (short: number, same: number): number[] => {
    const values: number[] = [];
    let value = 0;
    for (const flag of flags) {
      if (flag & short) {
        const step = view.getUint8(at++);
        value += flag & same ? step : -step;
      } else if (!(flag & same)) {
        value += view.getInt16(at);
        at += 2;
      }
      values.push(value);
    }
    return values;
  };
  const xs = readAxis(0x2, 0x10);
  const ys = readAxis(0x4, 0x20);
  const contours: Point[][] = [];
  let first = 0;
  for (const end of ends) {
    const contour: Point[] = [];
    for (let i = first; i <= end; i++) {
      contour.push({ x: xs[i]!, y: ys[i]!, onCurve: Boolean(flags[i]! & 0x1) });
    }
    contours.push(contour);
    first = end + 1;
  }
  return contours;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Quadratic B-spline contours as SVG path data (implied on-curve points between two off-curve ones). */
function contourPath(points: Point[]): string {
  if (points.length < 2) return "";
  const at = (i: number) => points[(i + points.length) % points.length]!;
  const mid = (p: Point, q: Point): Point => ({
    x: (p.x + q.x) / 2,
    y: (p.y + q.y) / 2,
    onCurve: true,
  });
  const startIndex = points.findIndex((p) => p.onCurve);
  const start = startIndex >= 0 ? at(startIndex) : mid(at(0), at(1));
  const from = startIndex >= 0 ? startIndex : 0;
  const parts = [`M${round(start.x)} ${round(start.y)}`];
  let control: Point | null = null;
  for (let step = 1; step <= points.length; step++) {
    // With no point on the curve, the start is implied between the first
    // two, and the last step's control closes the contour below.
    const point = at(from + step);
    if (point.onCurve) {
      parts.push(
        control
          ? `Q${round(control.x)} ${round(control.y)} ${round(point.x)} ${round(point.y)}`
          : `L${round(point.x)} ${round(point.y)}`,
      );
      control = null;
    } else if (control) {
      const implied = mid(control, point);
      parts.push(
        `Q${round(control.x)} ${round(control.y)} ${round(implied.x)} ${round(implied.y)}`,
      );
      control = point;
    } else {
      control = point;
    }
  }
  if (control) {
    parts.push(`Q${round(control.x)} ${round(control.y)} ${round(start.x)} ${round(start.y)}`);
  }
  return `${parts.join("")}Z`;
}

/** The outline of one character, or null when the font does not have it. */
export function glyphOutline(fontBytes: Uint8Array, character: string): GlyphOutline | null {
  const codePoint = character.codePointAt(0);
  if (codePoint === undefined) return null;
  const font = openFont(fontBytes);
  const index = glyphIndex(font, codePoint);
  if (index === 0) return null;
  // Font units have y up; SVG has y down.
  const contours = contoursOf(font, index).map((contour) =>
    contour.map((p) => ({ ...p, y: -p.y })),
  );
  const all = contours.flat();
  if (!all.length) return null;
  const box = {
    xMin: Math.min(...all.map((p) => p.x)),
    xMax: Math.max(...all.map((p) => p.x)),
    yMin: Math.min(...all.map((p) => p.y)),
    yMax: Math.max(...all.map((p) => p.y)),
  };
  return { path: contours.map(contourPath).join(""), box, unitsPerEm: font.unitsPerEm };
}
