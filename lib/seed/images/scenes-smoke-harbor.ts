import { hex, mix, scale, type Painter } from "./canvas.ts";
import { blocks, ground } from "./city.ts";
import { treeLine } from "./land.ts";
import { Field, fbm, random } from "./noise.ts";
import { hazed, mist, paintSky, reflect, smoothstep } from "./sky.ts";

/** Smoke after a strike, over a city or open country, and a port with its cranes. */

export const paintSmoke: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  // 0-1: a city by day, 2: a city at dusk, 3: open country with smoke on the horizon.
  const dusk = variant === 2;
  const open = variant === 3;
  const horizon = open ? 0.62 : 0.7 + next() * 0.05;
  const haze = dusk ? hex("#b89886") : hex("#b9b3aa");
  paintSky(canvas, {
    stops: dusk
      ? [hex("#3b4560"), hex("#8b7078"), hex("#d9a07c")]
      : [hex("#7f8b99"), hex("#aab0b4"), hex("#d4cdbf")],
    horizon,
    sun: dusk
      ? { u: 0.2, v: horizon - 0.02, color: hex("#ffb070"), size: 0.05, strength: 0.45 }
      : { u: 0.8, v: 0.2, color: hex("#fff0d4"), size: 0.05, strength: 0.3 },
    clouds: { cover: 0.25, lit: hex("#e4e2dc"), shade: hex("#8d9298"), flat: 1, seed },
  });
  const ink = dusk ? hex("#26262c") : hex("#3d3f44");
  if (open) {
    canvas.silhouette(
      () => horizon,
      (u, v) =>
        hazed(
          scale(hex("#6f6a4a"), 0.8 + 0.3 * fbm(seed + 9, u * 30, v * 12, 2)),
          haze,
          (1 - (v - horizon) / (1 - horizon)) ** 6,
        ),
    );
    treeLine(canvas, seed + 5, horizon + 0.002, 0.03, hex("#2f372b"), haze, 0.5);
  } else {
    ground(canvas, horizon + 0.01, hazed(ink, haze, 0.4));
    blocks(canvas, next, {
      base: horizon + 0.02,
      low: 0.03,
      high: 0.08,
      minWidth: 30,
      maxWidth: 90,
      color: hazed(ink, haze, 0.55),
      lit: dusk ? 0.2 : 0,
      window: 3,
    });
  }
  await canvas.blur(1);
  const { width, height } = canvas;
  const sx = 0.3 + next() * 0.4;
  const sv = horizon + 0.01;
  const wind = (next() - 0.3) * 0.5;
  const puff = new Field(220, 160, (u, v) => fbm(seed + 3, u * 9, v * 9 + u * 2, 5, 0.55));
  const dark = variant === 1 ? hex("#5b5753") : hex("#2f2b29");
  const lit = hex("#cfc7bb");
  for (let y = 0; y < sv * height; y++) {
    const v = y / (height - 1);
    const rise = sv - v;
    const center = sx + wind * rise ** 1.3;
    const spread = 0.012 + rise * 0.45;
    for (let x = 0; x < width; x++) {
      const u = x / (width - 1);
      const off = (u - center) / spread;
      const body = Math.exp(-off * off * 1.6);
      if (body < 0.01) continue;
      const n = puff.at(u, v);
      const a = smoothstep(0.3, 0.65, n * body + body * 0.25) * Math.min(1, rise * 30);
      const c = mix(dark, lit, smoothstep(-0.2, 1.4, off + (n - 0.5) * 2) * 0.6);
      canvas.blend(x, y, c, a * 0.95);
    }
  }
  canvas.glow(sx * width, sv * height, 12, hex("#ff8a3a"), 0.8, 5);
  if (open) {
    await canvas.blur(0.6);
    canvas.finish(seed, { vignette: 0.35, grain: 0.035, saturation: 0.75 });
    return;
  }
  // Rows of blocks between the fire and the camera, nearer ones larger and less hazy.
  const rows = [
    { base: 0.86, low: 0.07, high: 0.13, minWidth: 70, maxWidth: 150, haze: 0.4, window: 3 },
    { base: 1.01, low: 0.12, high: 0.22, minWidth: 160, maxWidth: 300, haze: 0.15, window: 6 },
  ];
  for (const row of rows) {
    blocks(canvas, next, {
      ...row,
      color: hazed(dusk ? hex("#4a4746") : hex("#8a8680"), haze, row.haze),
      lit: dusk ? 0.25 : 0,
    });
  }
  treeLine(canvas, seed + 8, 1.02, 0.1, hex("#2d3527"), haze, 0.12);
  await canvas.blur(0.6);
  canvas.finish(seed, { vignette: 0.35, grain: 0.035, saturation: 0.75 });
};

export const paintHarbor: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  const horizon = 0.6 + next() * 0.06;
  const evening = variant % 2 === 0;
  const haze = evening ? hex("#d9b59a") : hex("#c5cfd6");
  paintSky(canvas, {
    stops: evening
      ? [hex("#44506e"), hex("#a48a8e"), hex("#efc39a")]
      : [hex("#7a93ad"), hex("#b6c6d3"), hex("#e4e7e6")],
    horizon,
    sun: {
      u: 0.25 + next() * 0.5,
      v: horizon - 0.05,
      color: hex("#ffe2b8"),
      size: 0.05,
      strength: 0.45,
    },
    clouds: { cover: 0.4, lit: hex("#f3e6da"), shade: hex("#7d7f92"), flat: 0.8, seed },
  });
  const { width, height } = canvas;
  const ink = hazed(hex("#23262d"), haze, 0.35);
  blocks(canvas, next, {
    base: horizon,
    low: 0.015,
    high: 0.04,
    minWidth: 20,
    maxWidth: 60,
    color: hazed(ink, haze, 0.3),
    lit: 0,
    window: 2,
  });
  // Ship-to-shore cranes: two pairs of legs, a boom reaching over the water, bracing.
  for (let k = 0; k < 4; k++) {
    const x = (0.08 + k * 0.23 + next() * 0.05) * width;
    const base = horizon * height;
    const h = height * (0.16 + next() * 0.05) * (1 - k * 0.08);
    const c = hazed(ink, haze, 0.05 + k * 0.1);
    const leg = 34 * (1 - k * 0.1);
    for (const lx of [x - leg, x + leg]) canvas.line(lx, base, lx, base - h, 7, c, 1);
    canvas.line(x - leg, base - h * 0.55, x + leg, base - h * 0.55, 4, c, 1);
    canvas.line(x - leg, base - h, x + leg, base - h * 0.55, 2, c, 1);
    canvas.line(x - leg * 2.2, base - h, x + leg * 4.5, base - h, 9, c, 1);
    canvas.line(x + leg * 0.2, base - h * 1.3, x + leg * 4.2, base - h, 2, c, 1);
    canvas.line(x + leg * 0.2, base - h * 1.3, x - leg * 2, base - h, 2, c, 1);
    canvas.line(x + leg * 0.2, base - h * 1.3, x + leg * 0.2, base - h, 5, c, 1);
    for (let s = 0; s < 3; s++) {
      const px = x + leg * (0.8 + s * 1.2);
      canvas.line(px, base - h, px, base - h * (0.35 + next() * 0.3), 1, c, 0.8);
    }
  }
  // Stacks of containers on the quay, faded by distance.
  const boxes = [hex("#8b3a2b"), hex("#2f5d7c"), hex("#8a8f93"), hex("#3f6b45"), hex("#b27a2f")];
  for (let k = 0; k < 70; k++) {
    const bx = next() * width;
    const bw = 26 + next() * 12;
    const tier = Math.floor(next() * 3);
    const by = horizon * height - 9 * (tier + 1);
    const c = hazed(boxes[Math.floor(next() * boxes.length)]!, haze, 0.45);
    for (let y = Math.floor(by); y < by + 8; y++)
      for (let x = Math.floor(bx); x < bx + bw; x++) canvas.blend(x, y, c, 1);
  }
  reflect(canvas, seed + 4, horizon + 0.003, hex("#2a3946"), 50);
  mist(canvas, horizon, 0.025, haze, 0.4);
  await canvas.blur(0.9);
  canvas.finish(seed, { vignette: 0.35, grain: 0.03, saturation: 0.85 });
};
