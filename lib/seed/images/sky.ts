import { Canvas, mix, ramp, type Rgb } from "./canvas.ts";
import { Field, fbm } from "./noise.ts";

/**
 * Skies and the things every landscape shares: a gradient that brightens
 * towards the horizon, a sun with its glow, clouds that flatten and shrink
 * with distance, and haze that pulls far things towards the sky's colour.
 */

export interface SkySpec {
  /** Colours from the top of the picture down to the horizon. */
  stops: readonly Rgb[];
  /** The horizon's height as a fraction of the picture (0 top, 1 bottom). */
  horizon: number;
  sun?: { u: number; v: number; color: Rgb; size: number; strength: number; disc?: boolean };
  clouds?: {
    cover: number;
    lit: Rgb;
    shade: Rgb;
    /** 1: soft layered stratus; 0: round, broken cumulus. */
    flat?: number;
    seed: number;
  };
}

export function smoothstep(a: number, b: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
}

/** Paints the sky down to the horizon (and a little below, under whatever covers it). */
export function paintSky(canvas: Canvas, spec: SkySpec): void {
  const { horizon, stops } = spec;
  const clouds = spec.clouds;
  const flat = clouds?.flat ?? 0.5;
  // Clouds are computed on a coarse grid in perspective: far ones are smaller.
  const density = clouds
    ? new Field(200, 90, (u, v) => {
        const height = Math.max(0.02, horizon * 1.02 - v * horizon * 1.02);
        const depth = 1 / (height + 0.06);
        const x = (u - 0.5) * depth * 1.3;
        const y = depth * (0.8 + flat * 0.8);
        return fbm(clouds.seed, x * (1 + flat), y * 1.4, 5, 0.55);
      })
    : null;
  const shadeField = clouds
    ? new Field(200, 90, (u, v) => {
        const height = Math.max(0.02, horizon * 1.02 - v * horizon * 1.02);
        const depth = 1 / (height + 0.06);
        return fbm(clouds.seed + 7, (u - 0.5) * depth * 1.3 * (1 + flat) + 0.35, depth * 1.5, 4);
      })
    : null;
  const limit = Math.min(1, horizon + 0.08);
  const { width, height } = canvas;
  for (let y = 0; y < Math.ceil(limit * height); y++) {
    const v = y / (height - 1);
    const t = Math.pow(Math.min(1, v / horizon), 0.75);
    const base = ramp(stops, t);
    for (let x = 0; x < width; x++) {
      const u = x / (width - 1);
      let c: Rgb = base;
      if (clouds && density && shadeField) {
        const dv = Math.min(1, v / horizon);
        const d = density.at(u, dv);
        const threshold = 1 - clouds.cover * 0.62 - 0.22;
        const a = smoothstep(threshold, threshold + 0.16 + flat * 0.12, d) * (0.55 + 0.45 * dv);
        if (a > 0) {
          const shade = smoothstep(0.35, 0.7, shadeField.at(u, dv));
          const cloud = mix(clouds.lit, clouds.shade, shade * 0.85);
          // Near the horizon clouds melt into the haze.
          c = mix(c, mix(cloud, base, dv * dv * 0.55), a);
        }
      }
      const i = (y * width + x) * 3;
      canvas.data[i] = c[0];
      canvas.data[i + 1] = c[1];
      canvas.data[i + 2] = c[2];
    }
  }
  const sun = spec.sun;
  if (sun) {
    const cx = sun.u * width;
    const cy = sun.v * height;
    canvas.glow(cx, cy, sun.size * width, sun.color, sun.strength, 9);
    if (sun.disc)
      canvas.disc(cx, cy, sun.size * width * 0.35, mix(sun.color, [1, 1, 1], 0.6), 1, 0.2);
  }
}

/** Colour pulled towards `haze` as distance grows (0 near, 1 lost in the haze). */
export function hazed(color: Rgb, haze: Rgb, distance: number): Rgb {
  return mix(color, haze, Math.min(1, Math.max(0, distance)));
}

/** A low band of mist lying over the land, densest at `v`. */
export function mist(canvas: Canvas, v: number, thickness: number, color: Rgb, amount: number) {
  const { width, height } = canvas;
  for (let y = 0; y < height; y++) {
    const d = (y / (height - 1) - v) / thickness;
    const a = amount * Math.exp(-d * d);
    if (a < 0.004) continue;
    for (let x = 0; x < width; x++) canvas.blend(x, y, color, a);
  }
}

/**
 * Turns everything below `line` into water that mirrors what is above it,
 * broken by ripples that grow towards the camera, darkened towards `deep`.
 */
export function reflect(canvas: Canvas, seed: number, line: number, deep: Rgb, ripples: number) {
  const { width, height } = canvas;
  const water = Math.floor(line * height);
  const ripple = new Field(400, 160, (u, v) => fbm(seed, u * 12, v * 90, 3));
  const source = canvas.data.slice(0, water * width * 3);
  for (let y = water; y < height; y++) {
    const depth = (y - water) / (height - water);
    for (let x = 0; x < width; x++) {
      const r = ripple.at(x / (width - 1), depth) - 0.5;
      const sx = Math.min(width - 1, Math.max(0, Math.round(x + r * ripples * depth)));
      const sy = Math.max(
        0,
        Math.min(water - 1, Math.round(2 * water - y + r * 30 * (0.2 + depth))),
      );
      const i = (sy * width + sx) * 3;
      const k = 0.15 + depth * 0.35;
      const sparkle = Math.max(0, r) * 0.25 * (1 - depth);
      const j = (y * width + x) * 3;
      canvas.data[j] = source[i]! * 0.82 * (1 - k) + deep[0] * k + sparkle;
      canvas.data[j + 1] = source[i + 1]! * 0.82 * (1 - k) + deep[1] * k + sparkle;
      canvas.data[j + 2] = source[i + 2]! * 0.82 * (1 - k) + deep[2] * k + sparkle;
    }
  }
}
