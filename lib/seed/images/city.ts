import { hex, scale, type Canvas, type Rgb } from "./canvas.ts";

/** What city scenes share: window light, apartment blocks, the ground they stand on, searchlights. */

export const WARM: Rgb = hex("#ffcf8a");

export const COOL: Rgb = hex("#d6e4ff");

export interface Blocks {
  base: number;
  low: number;
  high: number;
  minWidth: number;
  maxWidth: number;
  color: Rgb;
  /** Share of windows lit, 0 for none. */
  lit: number;
  window: number;
}

/** The ground below the horizon, before anything stands on it. */
export function ground(canvas: Canvas, from: number, color: Rgb) {
  canvas.silhouette(
    () => from,
    (_u, v) => scale(color, 1 - (v - from) * 0.5),
  );
}

/**
 * A row of apartment blocks and towers standing on `base`: each a lit face
 * and a shaded side, brighter at the top where the sky lights it, with a
 * grid of windows (lit ones warm or cool, the rest dark glass).
 */
export function blocks(canvas: Canvas, next: () => number, spec: Blocks): void {
  const { width, height } = canvas;
  const floor = spec.base * height;
  const glass = scale(spec.color, 0.55);
  let x = -next() * spec.maxWidth;
  while (x < width) {
    const w = spec.minWidth + next() * (spec.maxWidth - spec.minWidth);
    const tall = next() < 0.12 ? 1.7 : 1;
    const h = (spec.low + next() * (spec.high - spec.low)) * tall * height;
    const top = floor - h;
    const face = scale(spec.color, 0.9 + next() * 0.25);
    const side = w * (0.15 + next() * 0.15);
    const left = next() < 0.5;
    for (let y = Math.max(0, Math.floor(top)); y < floor; y++) {
      const skyLight = 1.08 - ((y - top) / h) * 0.18;
      for (let px = Math.max(0, Math.floor(x)); px < Math.min(width, x + w); px++) {
        const inSide = left ? px < x + side : px > x + w - side;
        canvas.blend(px, y, scale(face, skyLight * (inSide ? 0.72 : 1)), 1);
      }
    }
    if (next() < 0.35) {
      // A lift housing or a mast on the roof.
      const rw = w * 0.2;
      const rx = x + w * (0.2 + next() * 0.5);
      for (let y = Math.floor(top - h * 0.05); y < top; y++)
        for (let px = Math.floor(rx); px < rx + rw; px++) canvas.blend(px, y, face, 1);
    }
    if (tall > 1 && next() < 0.5)
      canvas.line(x + w / 2, top, x + w / 2, top - h * 0.25, 2, face, 1);
    const size = spec.window;
    const lit = spec.lit * (0.5 + next());
    for (let wy = top + size * 2; wy < floor - size * 2; wy += size * 2.4) {
      for (let wx = x + size; wx < x + w - size * 1.5; wx += size * 1.9) {
        const on = next() < lit;
        const c = on ? (next() < 0.75 ? WARM : COOL) : glass;
        const a = on ? 0.45 + next() * 0.5 : 0.35 + next() * 0.2;
        for (let dy = 0; dy < size * 1.2; dy++) {
          for (let dx = 0; dx < size; dx++) {
            canvas.blend(Math.floor(wx + dx), Math.floor(wy + dy), c, a);
          }
        }
      }
    }
    x += w + (next() < 0.3 ? next() * spec.maxWidth * 0.6 : 0);
  }
}

/** A searchlight: light along a line that widens and fades towards its far end. */
export function beam(
  canvas: Canvas,
  x0: number,
  y0: number,
  angle: number,
  length: number,
  spread: number,
  c: Rgb,
  k: number,
) {
  const dx = Math.cos(angle);
  const dy = -Math.sin(angle);
  const reach = 2.5 * (2 + length * spread);
  const x1 = x0 + dx * length;
  const y1 = y0 + dy * length;
  const minX = Math.max(0, Math.floor(Math.min(x0, x1) - reach));
  const maxX = Math.min(canvas.width - 1, Math.ceil(Math.max(x0, x1) + reach));
  const minY = Math.max(0, Math.floor(Math.min(y0, y1) - reach));
  const maxY = Math.min(canvas.height - 1, Math.ceil(Math.max(y0, y1)));
  for (let y = minY; y <= maxY; y++) {
    for (let x = minX; x <= maxX; x++) {
      const t = (x - x0) * dx + (y - y0) * dy;
      if (t <= 0 || t > length) continue;
      const d = Math.abs((x - x0) * dy - (y - y0) * dx);
      const w = 2 + t * spread;
      if (d > w * 2.5) continue;
      canvas.add(x, y, c, k * Math.exp(-((d / w) ** 2)) * (1 - t / length) ** 1.5);
    }
  }
}
