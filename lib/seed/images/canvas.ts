import sharp from "sharp";

/**
 * A small raster for painting the demo's photographs: RGB floats in [0, 1],
 * drawn back to front (sky, far land, near land, lights), with the things
 * that make a picture read as a photograph rather than a drawing: haze that
 * grows with distance, soft focus on what is far, light that falls off,
 * lens vignetting, a colour grade and sensor grain.
 */

export type Rgb = readonly [number, number, number];

const parsed = new Map<string, Rgb>();

/** "#rrggbb" as a colour; remembered, since painters call it inside pixel loops. */
export function hex(value: string): Rgb {
  let color = parsed.get(value);
  if (!color) {
    const n = parseInt(value.replace("#", ""), 16);
    color = [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
    parsed.set(value, color);
  }
  return color;
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

export function scale(c: Rgb, k: number): Rgb {
  return [c[0] * k, c[1] * k, c[2] * k];
}

/** Colour at `t` along evenly spaced stops. */
export function ramp(stops: readonly Rgb[], t: number): Rgb {
  const x = Math.min(0.9999, Math.max(0, t)) * (stops.length - 1);
  const i = Math.floor(x);
  return mix(stops[i]!, stops[i + 1] ?? stops[i]!, x - i);
}

export class Canvas {
  readonly data: Float32Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Float32Array(width * height * 3);
  }

  /** Sets every pixel from a function of its position (u, v in [0, 1]). */
  fill(color: (u: number, v: number, x: number, y: number) => Rgb): void {
    const { width, height, data } = this;
    for (let y = 0; y < height; y++) {
      const v = y / (height - 1);
      for (let x = 0; x < width; x++) {
        const c = color(x / (width - 1), v, x, y);
        const i = (y * width + x) * 3;
        data[i] = c[0];
        data[i + 1] = c[1];
        data[i + 2] = c[2];
      }
    }
  }

  /** Blends `c` over pixel (x, y) with opacity `a`. */
  blend(x: number, y: number, c: Rgb, a: number): void {
    if (a <= 0 || x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    const d = this.data;
    const k = a > 1 ? 1 : a;
    d[i] = d[i]! + (c[0] - d[i]!) * k;
    d[i + 1] = d[i + 1]! + (c[1] - d[i + 1]!) * k;
    d[i + 2] = d[i + 2]! + (c[2] - d[i + 2]!) * k;
  }

  /** Adds light to pixel (x, y). */
  add(x: number, y: number, c: Rgb, k: number): void {
    if (k <= 0 || x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    const d = this.data;
    d[i] = d[i]! + c[0] * k;
    d[i + 1] = d[i + 1]! + c[1] * k;
    d[i + 2] = d[i + 2]! + c[2] * k;
  }

  /**
   * Fills everything below a skyline: `top(u)` is the edge's height as a
   * fraction of the picture (0 top, 1 bottom), anti-aliased; `color` may vary
   * by position for texture, and `bottom` stops the fill (a far bank).
   */
  silhouette(
    top: (u: number) => number,
    color: (u: number, v: number) => Rgb,
    alpha = 1,
    bottom: (u: number) => number = () => 1,
  ): void {
    const { width, height } = this;
    for (let x = 0; x < width; x++) {
      const u = x / (width - 1);
      const edge = top(u) * height;
      const end = Math.min(height, Math.ceil(bottom(u) * height));
      const start = Math.max(0, Math.floor(edge));
      for (let y = start; y < end; y++) {
        const coverage = y === start ? 1 - (edge - start) : 1;
        this.blend(x, y, color(u, y / (height - 1)), alpha * coverage);
      }
    }
  }

  /** A soft-edged disc: out-of-focus lights, windows, blossoms of smoke. */
  disc(cx: number, cy: number, r: number, c: Rgb, a: number, softness = 0.25, additive = false) {
    const reach = r * (1 + softness);
    const x0 = Math.max(0, Math.floor(cx - reach));
    const x1 = Math.min(this.width - 1, Math.ceil(cx + reach));
    const y0 = Math.max(0, Math.floor(cy - reach));
    const y1 = Math.min(this.height - 1, Math.ceil(cy + reach));
    const inner = r * (1 - softness);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const d = Math.hypot(x - cx, y - cy);
        if (d >= reach) continue;
        const k = d <= inner ? 1 : 1 - (d - inner) / (reach - inner);
        if (additive) this.add(x, y, c, a * k);
        else this.blend(x, y, c, a * k);
      }
    }
  }

  /** Light that falls off with the square of distance, added over a region. */
  glow(cx: number, cy: number, radius: number, c: Rgb, strength: number, reach = 5): void {
    const r = radius * reach;
    const x0 = Math.max(0, Math.floor(cx - r));
    const x1 = Math.min(this.width - 1, Math.ceil(cx + r));
    const y0 = Math.max(0, Math.floor(cy - r));
    const y1 = Math.min(this.height - 1, Math.ceil(cy + r));
    const r2 = radius * radius;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const d2 = (x - cx) ** 2 + (y - cy) ** 2;
        const fade = 1 - Math.sqrt(d2) / r;
        if (fade <= 0) continue;
        this.add(x, y, c, (strength * fade) / (1 + d2 / r2));
      }
    }
  }

  /** An anti-aliased line of width `w` (poles, wires, rails, branches, rain). */
  line(x0: number, y0: number, x1: number, y1: number, w: number, c: Rgb, a: number): void {
    const pad = w / 2 + 1;
    const minX = Math.max(0, Math.floor(Math.min(x0, x1) - pad));
    const maxX = Math.min(this.width - 1, Math.ceil(Math.max(x0, x1) + pad));
    const minY = Math.max(0, Math.floor(Math.min(y0, y1) - pad));
    const maxY = Math.min(this.height - 1, Math.ceil(Math.max(y0, y1) + pad));
    const dx = x1 - x0;
    const dy = y1 - y0;
    const len2 = dx * dx + dy * dy || 1;
    for (let y = minY; y <= maxY; y++) {
      for (let x = minX; x <= maxX; x++) {
        const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
        const d = Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
        const k = Math.min(1, w / 2 + 0.5 - d);
        if (k > 0) this.blend(x, y, c, a * k);
      }
    }
  }

  /** Softens the whole picture (focus falls off behind what is painted next). */
  async blur(sigma: number): Promise<void> {
    const { data, info } = await sharp(this.bytes(), {
      raw: { width: this.width, height: this.height, channels: 3 },
    })
      .blur(sigma)
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error("unexpected channel count");
    const inverse = 1 / 255;
    for (let i = 0; i < this.data.length; i++) this.data[i] = data[i]! * inverse;
  }

  /**
   * The camera's part: vignetting, a grade (lifted shadows, a tint in the
   * highlights), then grain. Grain is per pixel and luminance only, like a
   * sensor at a high ISO; `grain` 0.02 is a little, 0.05 a lot.
   */
  finish(
    seed: number,
    options: { vignette?: number; grain?: number; lift?: number; tint?: Rgb; saturation?: number },
  ): void {
    const { width, height, data } = this;
    const vignette = options.vignette ?? 0.35;
    const grain = options.grain ?? 0.025;
    const lift = options.lift ?? 0.02;
    const tint = options.tint ?? [1, 1, 1];
    const saturation = options.saturation ?? 1;
    // Light falloff by squared distance from the centre, looked up rather than computed.
    const falloff = new Float32Array(1025);
    for (let i = 0; i <= 1024; i++) falloff[i] = 1 - vignette * (i / 1024) ** 1.4;
    // xorshift32 inline: a call per pixel would cost more than the rest of this loop.
    let state = (seed * 2654435761) >>> 0 || 1;
    const gain0 = (1 - lift) * tint[0];
    const gain1 = (1 - lift) * tint[1];
    const gain2 = (1 - lift) * tint[2];
    const unit = grain / 4294967296;
    for (let y = 0; y < height; y++) {
      const dy = (y / height - 0.5) * 2;
      const dy2 = dy * dy;
      for (let x = 0; x < width; x++) {
        const dx = (x / width - 0.5) * 1.6;
        const r2 = (dx * dx + dy2) / 1.6;
        const fall = falloff[r2 >= 1 ? 1024 : (r2 * 1024) | 0]!;
        const i = (y * width + x) * 3;
        let r = data[i]! * fall;
        let g = data[i + 1]! * fall;
        let b = data[i + 2]! * fall;
        const l = 0.3 * r + 0.59 * g + 0.11 * b;
        r = l + (r - l) * saturation;
        g = l + (g - l) * saturation;
        b = l + (b - l) * saturation;
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        const n1 = state >>> 0;
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        const n = (n1 + (state >>> 0) - 4294967296) * unit;
        data[i] = lift + r * gain0 + n;
        data[i + 1] = lift + g * gain1 + n;
        data[i + 2] = lift + b * gain2 + n;
      }
    }
  }

  bytes(): Buffer {
    // Uint8ClampedArray rounds and clamps on assignment.
    const out = new Uint8ClampedArray(this.data.length);
    for (let i = 0; i < this.data.length; i++) out[i] = this.data[i]! * 255;
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  }

  /** The picture as a JPEG, at `outWidth` pixels wide when given. */
  async jpeg(quality = 78, outWidth?: number): Promise<Buffer> {
    let pipeline = sharp(this.bytes(), {
      raw: { width: this.width, height: this.height, channels: 3 },
    });
    if (outWidth && outWidth !== this.width) pipeline = pipeline.resize({ width: outWidth });
    return pipeline.jpeg({ quality, mozjpeg: true }).toBuffer();
  }
}

/** Paints one of the demo's scenes onto `canvas`; the same seed and variant always give the same picture. */
export type Painter = (canvas: Canvas, seed: number, variant: number) => Promise<void>;
