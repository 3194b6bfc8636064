import { hex, mix, scale, type Painter, type Rgb } from "./canvas.ts";
import { groundNoise, LIGHTS, poles, treeLine } from "./land.ts";
import { random } from "./noise.ts";
import { hazed, mist, paintSky, reflect } from "./sky.ts";

/** A river at first light or at dusk, and a railway line running to the horizon. */

export const paintRiver: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  const light = [LIGHTS.dawn!, LIGHTS.overcast!, LIGHTS.evening!][variant % 3]!;
  const horizon = 0.46 + next() * 0.08;
  paintSky(canvas, {
    stops: light.stops,
    horizon,
    sun: { u: 0.3 + next() * 0.4, v: horizon - 0.06, color: light.sun, size: 0.05, strength: 0.4 },
    clouds: { cover: 0.4, lit: light.cloudLit, shade: light.cloudShade, flat: 0.8, seed },
  });
  treeLine(canvas, seed + 1, horizon, 0.06 + next() * 0.04, hex("#34402f"), light.haze, 0.35);
  reflect(canvas, seed + 9, horizon + 0.01, hex("#2c3a40"), 40);
  const { width, height } = canvas;
  mist(canvas, horizon + 0.01, 0.04, light.haze, 0.45);
  await canvas.blur(1);
  if (variant % 2 === 0) {
    // Reeds on the near bank.
    const ink = hex("#2a2b22");
    for (let k = 0; k < 160; k++) {
      const x = next() * width * 0.35 + (next() < 0.5 ? 0 : width * 0.65);
      const h = height * (0.08 + next() * 0.14);
      canvas.line(x, height, x + (next() - 0.5) * 40, height - h, 2 + next() * 2, ink, 0.9);
    }
  }
  canvas.finish(seed, { vignette: 0.32, grain: 0.03, saturation: 0.85 });
};

export const paintRail: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  const light = [LIGHTS.overcast!, LIGHTS.evening!, LIGHTS.dawn!][variant % 3]!;
  const horizon = 0.48 + next() * 0.06;
  const vanish = 0.4 + next() * 0.2;
  paintSky(canvas, {
    stops: light.stops,
    horizon,
    sun: { u: vanish, v: horizon - 0.04, color: light.sun, size: 0.05, strength: 0.3 },
    clouds: { cover: 0.55, lit: light.cloudLit, shade: light.cloudShade, flat: 0.9, seed },
  });
  const { width, height } = canvas;
  // Track geometry at the bottom edge of the picture, as fractions of the width.
  const gauge = 0.12;
  const bed = 0.26;
  canvas.silhouette(
    () => horizon,
    (u, v) => {
      const depth = (v - horizon) / (1 - horizon);
      const x = (u - vanish) / Math.max(0.005, depth);
      const n = groundNoise(seed + 2, u, depth, vanish);
      let c: Rgb;
      if (Math.abs(x) < bed) c = scale(hex("#6f6860"), 0.55 + 0.7 * n);
      else if (Math.abs(x) < bed * 1.25) c = scale(hex("#5b5a45"), 0.6 + 0.6 * n);
      else c = scale(mix(hex("#66703f"), hex("#8c7c52"), n), 0.75 + 0.4 * n);
      return hazed(c, light.haze, (1 - depth) ** 5);
    },
  );
  treeLine(canvas, seed + 4, horizon + 0.002, 0.045, hex("#39402f"), light.haze, 0.5);
  const y0 = horizon * height;
  // Sleepers are evenly spaced along the track, so they crowd towards the horizon.
  for (let k = 0; k < 400; k++) {
    const z = 1 + k * 0.11;
    const depth = 1 / z;
    const y = y0 + depth * (height - y0);
    const half = gauge * 1.45 * depth * width;
    const cx = vanish * width;
    canvas.line(cx - half, y, cx + half, y, Math.max(0.8, 22 * depth), hex("#3f352d"), 0.9);
  }
  for (const sideSign of [-1, 1]) {
    const xb = (vanish + sideSign * gauge) * width;
    canvas.line(vanish * width, y0, xb, height, 6, hex("#35302b"), 1);
    canvas.line(vanish * width, y0, xb - sideSign * 2, height, 2.2, hex("#b9b3aa"), 0.7);
  }
  mist(canvas, horizon, 0.04, light.haze, 0.35);
  await canvas.blur(0.8);
  poles(canvas, horizon, variant % 2 === 0 ? 1 : -1, vanish, hex("#2b2a28"));
  canvas.finish(seed, { vignette: 0.38, grain: 0.03, saturation: 0.8 });
};
