import { hex, mix, scale, type Painter, type Rgb } from "./canvas.ts";
import { bareTree, groundNoise, LIGHTS, poles, stalks, treeLine } from "./land.ts";
import { Field, fbm, random } from "./noise.ts";
import { hazed, mist, paintSky, smoothstep } from "./sky.ts";

/** Open country: fields under a big sky, snow with a windbreak, sunflowers. */

export const paintField: Painter = async (canvas, seed, variant) => {
  const light = [LIGHTS.noon!, LIGHTS.evening!, LIGHTS.overcast!, LIGHTS.dawn!][variant % 4]!;
  const next = random(seed);
  const horizon = 0.5 + next() * 0.14;
  const vanish = 0.3 + next() * 0.4;
  paintSky(canvas, {
    stops: light.stops,
    horizon,
    sun: { u: 0.15 + next() * 0.7, v: horizon - 0.1, color: light.sun, size: 0.05, strength: 0.35 },
    clouds: { cover: 0.35 + next() * 0.4, lit: light.cloudLit, shade: light.cloudShade, seed },
  });
  const wheat = variant % 2 === 0;
  const near = wheat ? hex("#a98540") : hex("#55692f");
  const far = wheat ? hex("#c4a763") : hex("#7d8c52");
  const soil = hex("#5b4430");
  const patches = new Field(80, 40, (u, v) => fbm(seed + 4, u * 5, v * 3, 3));
  const track = next() < 0.6;
  canvas.silhouette(
    () => horizon,
    (u, v) => {
      const depth = (v - horizon) / (1 - horizon);
      const n = groundNoise(seed + 3, u, depth, vanish);
      const x = (u - vanish) / Math.max(0.01, depth);
      const rows = wheat ? 0 : Math.max(0, Math.sin(x * 90)) * 0.22;
      let c = mix(far, near, Math.sqrt(depth));
      c = scale(c, 0.72 + 0.5 * n + 0.2 * (patches.at(u, depth) - 0.5));
      c = mix(c, soil, rows);
      if (track && Math.abs(Math.abs(x + 0.35) - 0.06) < 0.025) c = mix(c, soil, 0.65);
      return hazed(c, light.haze, (1 - depth) ** 7 * 0.75);
    },
  );
  treeLine(
    canvas,
    seed + 5,
    horizon + 0.002,
    0.025 + next() * 0.03,
    hex("#2c3827"),
    light.haze,
    0.45,
  );
  mist(canvas, horizon, 0.02, light.haze, 0.3);
  await canvas.blur(1.1);
  if (next() < 0.6) poles(canvas, horizon, next() < 0.5 ? -1 : 1, vanish, hex("#2a2622"));
  const colors = wheat
    ? [hex("#c9a254"), hex("#a8823c"), hex("#dcc07a"), hex("#8c6a30")]
    : [hex("#4f6a2a"), hex("#6c833a")];
  stalks(canvas, next, 0.72, colors, wheat ? 3200 : 2400);
  await canvas.blur(0.5);
  canvas.finish(seed, { vignette: 0.3, grain: 0.03, saturation: 0.9 });
};

export const paintSnow: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  const horizon = 0.55 + next() * 0.08;
  const dusk = variant % 2 === 1;
  const haze = dusk ? hex("#c8c4cf") : hex("#dfe4e8");
  paintSky(canvas, {
    stops: dusk
      ? [hex("#6f7c93"), hex("#a7a7b8"), hex("#dcc9c3")]
      : [hex("#aab6c2"), hex("#ccd4db"), hex("#e9ecee")],
    horizon,
    sun: dusk
      ? { u: 0.7, v: horizon - 0.04, color: hex("#ffd2b0"), size: 0.04, strength: 0.3 }
      : undefined,
    clouds: { cover: 0.7, lit: hex("#eef0f2"), shade: hex("#a4acb6"), flat: 1, seed },
  });
  const vanish = 0.35 + next() * 0.3;
  const lit = dusk ? hex("#ebe3e4") : hex("#f3f5f7");
  const shadow = dusk ? hex("#a9abc4") : hex("#c3cedb");
  const drift = new Field(160, 60, (u, v) => fbm(seed + 2, u * 4, v * 2, 3));
  canvas.silhouette(
    () => horizon,
    (u, v) => {
      const depth = (v - horizon) / (1 - horizon);
      const n = groundNoise(seed + 6, u, depth, vanish);
      const x = (u - vanish) / Math.max(0.01, depth);
      let c = mix(lit, shadow, 0.25 + 0.35 * drift.at(u, depth) + 0.15 * (n - 0.5));
      // A trodden path: two ruts in the snow.
      if (Math.abs(Math.abs(x - 0.2) - 0.05) < 0.018) c = mix(c, shadow, 0.6);
      return hazed(c, haze, (1 - depth) ** 8);
    },
  );
  treeLine(canvas, seed + 3, horizon + 0.003, 0.04, hex("#4a4f57"), haze, 0.6);
  mist(canvas, horizon, 0.02, haze, 0.35);
  await canvas.blur(0.9);
  const { width, height } = canvas;
  const ink = hex("#2f3136");
  // A windbreak of bare trees running away from the camera.
  const side = next() < 0.5 ? -1 : 1;
  for (let k = 9; k >= 0; k--) {
    const depth = 0.08 + 0.9 * Math.pow(0.72, k);
    const y = (horizon + depth * (1 - horizon) * 0.55) * height;
    const x = (vanish + side * (0.12 + 0.55 * depth) + (next() - 0.5) * 0.03) * width;
    bareTree(
      canvas,
      next,
      x,
      y,
      height * (0.1 + depth * 0.75),
      hazed(ink, haze, 0.55 - depth * 0.5),
    );
  }
  await canvas.blur(0.4);
  canvas.finish(seed, { vignette: 0.25, grain: 0.025, saturation: 0.8, lift: 0.03 });
};

export const paintSunflowers: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  const { width, height } = canvas;
  const horizon = 0.42 + next() * 0.08;
  const sky =
    variant % 2 === 0 ? [hex("#5c8fc4"), hex("#a9c7e0")] : [hex("#8a98a8"), hex("#d4d9da")];
  canvas.fill((_u, v) => (v < horizon ? mix(sky[0]!, sky[1]!, v / horizon) : hex("#4d5a2a")));
  const puff = new Field(160, 60, (u, v) => fbm(seed + 3, u * 5, v * 3, 5));
  canvas.fill((u, v, x, y) => {
    const i = (y * width + x) * 3;
    const base: Rgb = [canvas.data[i]!, canvas.data[i + 1]!, canvas.data[i + 2]!];
    if (v >= horizon) return base;
    const a = smoothstep(0.5, 0.7, puff.at(u, v / horizon));
    return mix(base, hex("#f4f3ef"), a * 0.9);
  });
  // Heads from the far rows to the near ones, each a ring of petals and a dark centre.
  for (let row = 0; row < 26; row++) {
    const depth = row / 25;
    const y = (horizon + 0.01 + (1 - horizon) * depth ** 1.7) * height;
    const r = 2 + 60 * depth ** 2;
    const count = Math.floor(width / (r * 1.7)) + 2;
    for (let k = 0; k < count; k++) {
      const x = (k + next() * 0.8) * (width / (count - 1)) - r;
      const hy = y + (next() - 0.5) * r * 0.6;
      canvas.disc(x, hy + r * 1.1, r * 0.8, hex("#3f5224"), 0.9, 0.4);
      canvas.disc(x, hy, r, scale(hex("#e6b325"), 0.85 + next() * 0.25), 1, 0.3);
      canvas.disc(x, hy, r * 0.48, hex("#4a3218"), 1, 0.25);
    }
  }
  await canvas.blur(0.9);
  canvas.finish(seed, { vignette: 0.3, grain: 0.03, saturation: 0.95 });
};
