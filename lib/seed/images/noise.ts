/**
 * Seeded value noise for the demo's painted photographs. Smooth noise is
 * computed on a coarse grid and read back with bilinear interpolation, so a
 * 1600×900 picture costs a few cheap lookups per pixel instead of several
 * octaves of noise.
 */

/** mulberry32: the same tiny generator as the demo's text, here for pixels. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lattice(seed: number, x: number, y: number): number {
  let h = Math.imul(x, 374761393) ^ Math.imul(y, 668265263) ^ Math.imul(seed, 982451653);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

function smooth(t: number): number {
  return t * t * (3 - 2 * t);
}

/** Value noise in [0, 1) at (x, y), lattice spacing 1. */
export function noise2(seed: number, x: number, y: number): number {
  const xi = Math.floor(x);
  const yi = Math.floor(y);
  const tx = smooth(x - xi);
  const ty = smooth(y - yi);
  const a = lattice(seed, xi, yi);
  const b = lattice(seed, xi + 1, yi);
  const c = lattice(seed, xi, yi + 1);
  const d = lattice(seed, xi + 1, yi + 1);
  return a + (b - a) * tx + (c - a) * ty + (a - b - c + d) * tx * ty;
}

/** Fractal noise in about [0, 1): octaves of value noise, each finer and fainter. */
export function fbm(seed: number, x: number, y: number, octaves = 5, gain = 0.5): number {
  let sum = 0;
  let amplitude = 0.5;
  let norm = 0;
  let f = 1;
  for (let o = 0; o < octaves; o++) {
    sum += amplitude * noise2(seed + o * 1013, x * f, y * f);
    norm += amplitude;
    amplitude *= gain;
    f *= 2.03;
  }
  return sum / norm;
}

/** A noise field sampled on a coarse grid; `at` reads it anywhere with bilinear interpolation. */
export class Field {
  readonly values: Float32Array;

  constructor(
    readonly gw: number,
    readonly gh: number,
    sample: (u: number, v: number) => number,
  ) {
    this.values = new Float32Array(gw * gh);
    for (let j = 0; j < gh; j++) {
      for (let i = 0; i < gw; i++) this.values[j * gw + i] = sample(i / (gw - 1), j / (gh - 1));
    }
  }

  /** The value at (u, v) in [0, 1]², clamped at the edges. */
  at(u: number, v: number): number {
    const x = Math.min(this.gw - 1.001, Math.max(0, u * (this.gw - 1)));
    const y = Math.min(this.gh - 1.001, Math.max(0, v * (this.gh - 1)));
    const xi = x | 0;
    const yi = y | 0;
    const tx = x - xi;
    const ty = y - yi;
    const i = yi * this.gw + xi;
    const v00 = this.values[i]!;
    const v10 = this.values[i + 1]!;
    const v01 = this.values[i + this.gw]!;
    const v11 = this.values[i + this.gw + 1]!;
    return v00 + (v10 - v00) * tx + (v01 - v00) * ty + (v00 - v10 - v01 + v11) * tx * ty;
  }
}

/**
 * A 1-D profile (a ridge, a tree line) with `steps` noisy points across the
 * width and `frequency` bumps, read by linear interpolation.
 */
export function profile(
  seed: number,
  steps: number,
  octaves = 4,
  frequency = 8,
): (u: number) => number {
  const points = new Float32Array(steps + 1);
  for (let i = 0; i <= steps; i++) points[i] = fbm(seed, (i / steps) * frequency, 0.5, octaves);
  return (u: number) => {
    const x = Math.min(steps - 0.001, Math.max(0, u * steps));
    const i = x | 0;
    return points[i]! + (points[i + 1]! - points[i]!) * (x - i);
  };
}
