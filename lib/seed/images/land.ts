import { hex, scale, type Canvas, type Rgb } from "./canvas.ts";
import { noise2, profile } from "./noise.ts";
import { hazed, smoothstep } from "./sky.ts";

/** What open-country scenes share: light by time of day, tree lines, poles, ground, stalks and bare trees. */

export interface Light {
  stops: Rgb[];
  haze: Rgb;
  sun: Rgb;
  cloudLit: Rgb;
  cloudShade: Rgb;
}

export const LIGHTS: Record<string, Light> = {
  noon: {
    stops: [hex("#4f7fb5"), hex("#86acd2"), hex("#c9dbe6")],
    haze: hex("#c9d6dc"),
    sun: hex("#fff4dc"),
    cloudLit: hex("#f7f6f2"),
    cloudShade: hex("#9aa6b4"),
  },
  evening: {
    stops: [hex("#5a6f93"), hex("#c99a88"), hex("#f2c48e")],
    haze: hex("#e2b896"),
    sun: hex("#ffd9a0"),
    cloudLit: hex("#f6cfa5"),
    cloudShade: hex("#6f6478"),
  },
  overcast: {
    stops: [hex("#8d97a1"), hex("#b7bfc6"), hex("#d3d8db")],
    haze: hex("#c7cdd1"),
    sun: hex("#f2f0ea"),
    cloudLit: hex("#d9dcdd"),
    cloudShade: hex("#8a929a"),
  },
  dawn: {
    stops: [hex("#6d7f9c"), hex("#b9b4bd"), hex("#edd3bd")],
    haze: hex("#dcd0c8"),
    sun: hex("#ffe3bf"),
    cloudLit: hex("#f1d6c4"),
    cloudShade: hex("#8b8593"),
  },
};

/** A dark, ragged tree line at distance `far` (0 near, 1 at the horizon). */
export function treeLine(
  canvas: Canvas,
  seed: number,
  horizon: number,
  height: number,
  color: Rgb,
  haze: Rgb,
  far: number,
) {
  const groves = profile(seed, 80, 3, 6);
  const crowns = profile(seed + 1, 1600, 2, 180);
  const fine = profile(seed + 2, 1600, 1, 700);
  canvas.silhouette(
    (u) => {
      const presence = 0.15 + 0.85 * smoothstep(0.32, 0.5, groves(u));
      const bumps = Math.pow(crowns(u), 1.6) * 0.9 + fine(u) * 0.3;
      return horizon - height * presence * (0.35 + bumps);
    },
    (_u, v) => hazed(color, haze, far - (v - horizon) * 2),
    1,
    () => horizon + 0.004,
  );
}

/** Power line poles along a road, receding to the vanishing point. */
export function poles(canvas: Canvas, horizon: number, side: number, vanish: number, color: Rgb) {
  const { width, height } = canvas;
  let prev: [number, number] | null = null;
  for (let k = 7; k >= 1; k--) {
    const z = k * 0.9;
    const base = horizon + 0.45 / z;
    if (base > 1.2) continue;
    const x = (vanish + (side * 0.8) / z) * width;
    const top = (base - 0.5 / z) * height;
    canvas.line(x, base * height, x, top, Math.max(1, 9 / z), color, 0.95);
    canvas.line(x - 30 / z, top + 6 / z, x + 30 / z, top + 6 / z, Math.max(1, 5 / z), color, 0.9);
    if (prev) {
      for (const dx of [-24, 24]) {
        const steps = 24;
        for (let s = 0; s < steps; s++) {
          const t0 = s / steps;
          const t1 = (s + 1) / steps;
          const sag = (t: number) => Math.sin(Math.PI * t) * (14 / z);
          const px = (t: number) => prev![0] + (x + dx / z - prev![0]) * t;
          const py = (t: number) => prev![1] + (top + 6 / z - prev![1]) * t + sag(t);
          canvas.line(px(t0), py(t0), px(t1), py(t1), 1.2, color, 0.7);
        }
      }
    }
    prev = [x, top + 6 / z];
  }
}

/** Ground texture in perspective: coarse near the camera, fine towards the horizon. */
export function groundNoise(seed: number, u: number, depth: number, vanish: number): number {
  const z = 1 / Math.max(0.004, depth);
  const x = (u - vanish) * z;
  return noise2(seed, x * 5, z * 4) * 0.55 + noise2(seed + 1, x * 24, z * 18) * 0.45;
}

/** Stalks of wheat or grass in the foreground, sharp against the softer distance. */
export function stalks(
  canvas: Canvas,
  next: () => number,
  from: number,
  colors: Rgb[],
  count: number,
) {
  const { width, height } = canvas;
  const ears = colors.length > 2;
  for (let k = 0; k < count; k++) {
    // More stalks, and bigger ones, towards the camera.
    const depth = Math.sqrt(next());
    const y = height * (from + (1 - from) * depth) + 10;
    const h = height * (0.01 + 0.16 * depth ** 3) * (0.7 + next() * 0.6);
    const x = next() * width;
    const lean = (next() - 0.45) * h * 0.35;
    const c = scale(colors[Math.floor(next() * colors.length)]!, 0.7 + next() * 0.45);
    canvas.line(x, y, x + lean, y - h, 0.8 + depth * 2, c, 0.85);
    if (ears) {
      const ear = h * 0.22;
      const dx = lean * 0.25;
      canvas.line(x + lean, y - h, x + lean + dx, y - h - ear, 2 + depth * 5, scale(c, 1.1), 0.9);
    }
  }
}

export function bareTree(
  canvas: Canvas,
  next: () => number,
  x: number,
  y: number,
  size: number,
  c: Rgb,
) {
  const branch = (x0: number, y0: number, angle: number, length: number, width: number) => {
    const x1 = x0 + Math.cos(angle) * length;
    const y1 = y0 - Math.sin(angle) * length;
    canvas.line(x0, y0, x1, y1, width, c, 0.92);
    if (length < size * 0.05 || width < 0.5) return;
    const forks = 2 + (next() < 0.5 ? 1 : 0);
    for (let f = 0; f < forks; f++) {
      // Branches lean back towards the vertical, as poplars and birches grow.
      const spread = (next() - 0.5) * 1.1 + (Math.PI / 2 - angle) * 0.25;
      branch(x1, y1, angle + spread, length * (0.6 + next() * 0.22), width * 0.6);
    }
  };
  branch(x, y, Math.PI / 2 + (next() - 0.5) * 0.12, size * 0.3, Math.max(1.2, size * 0.022));
}
