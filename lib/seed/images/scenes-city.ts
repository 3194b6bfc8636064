import { hex, type Painter } from "./canvas.ts";
import { beam, blocks, ground, WARM } from "./city.ts";
import { random } from "./noise.ts";
import { hazed, mist, paintSky, reflect } from "./sky.ts";

/** Cities: a skyline at dusk or by day, and a night of air defense. */

export const paintCity: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  const dusk = variant % 2 === 0;
  const horizon = 0.66 + next() * 0.06;
  const haze = dusk ? hex("#b98a7c") : hex("#b8c2cc");
  paintSky(canvas, {
    stops: dusk
      ? [hex("#1e2a47"), hex("#4a4d6e"), hex("#b9776a"), hex("#f0b27c")]
      : [hex("#6d8fb3"), hex("#a9bfd3"), hex("#dfe3e2")],
    horizon,
    sun: {
      u: 0.2 + next() * 0.6,
      v: horizon + (dusk ? 0.02 : -0.25),
      color: dusk ? hex("#ffb36b") : hex("#fff6e0"),
      size: 0.06,
      strength: dusk ? 0.5 : 0.25,
    },
    clouds: {
      cover: 0.35,
      lit: dusk ? hex("#f0a889") : hex("#f4f4f2"),
      shade: dusk ? hex("#4b4662") : hex("#9aa5b2"),
      flat: 0.9,
      seed,
    },
  });
  const ink = dusk ? hex("#20212e") : hex("#4c5561");
  ground(canvas, horizon + 0.01, hazed(ink, haze, 0.4));
  blocks(canvas, next, {
    base: horizon + 0.02,
    low: 0.03,
    high: 0.1,
    minWidth: 20,
    maxWidth: 70,
    color: hazed(ink, haze, 0.6),
    lit: dusk ? 0.15 : 0,
    window: 2,
  });
  mist(canvas, horizon, 0.03, haze, 0.35);
  await canvas.blur(1.2);
  blocks(canvas, next, {
    base: horizon + 0.1,
    low: 0.08,
    high: 0.22,
    minWidth: 60,
    maxWidth: 190,
    color: hazed(ink, haze, 0.2),
    lit: dusk ? 0.3 : 0,
    window: 4,
  });
  const water = horizon + 0.1;
  const { width, height } = canvas;
  canvas.silhouette(
    () => water,
    () => hazed(ink, haze, 0.1),
    1,
  );
  reflect(canvas, seed + 5, water, dusk ? hex("#141826") : hex("#3d4a55"), 60);
  if (dusk) {
    // Street lights along the embankment.
    for (let k = 0; k < 18; k++) {
      const x = (k / 17) * width;
      canvas.glow(x, (water - 0.004) * height, 3, WARM, 0.9, 6);
    }
  }
  await canvas.blur(0.6);
  canvas.finish(seed, { vignette: 0.4, grain: dusk ? 0.04 : 0.03, saturation: 0.9 });
};

export const paintNight: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  const horizon = 0.72 + next() * 0.06;
  paintSky(canvas, {
    stops: [hex("#03050a"), hex("#0b1120"), hex("#1d2233"), hex("#4a3a36")],
    horizon,
    clouds: { cover: 0.3, lit: hex("#2e3446"), shade: hex("#0c0f18"), flat: 1, seed },
  });
  const { width, height } = canvas;
  for (let k = 0; k < 160; k++) {
    canvas.add(
      Math.floor(next() * width),
      Math.floor(next() * height * horizon * 0.7),
      [1, 1, 1],
      next() * 0.25,
    );
  }
  if (variant % 2 === 0) {
    for (let b = 0; b < 3; b++) {
      const x0 = (0.15 + next() * 0.7) * width;
      beam(
        canvas,
        x0,
        horizon * height,
        Math.PI / 2 + (next() - 0.5) * 0.9,
        height * 0.9,
        0.045,
        hex("#cfd9ff"),
        0.16,
      );
    }
  }
  // Tracer fire: short dashes of orange light along a bending arc.
  for (let s = 0; s < 1 + (variant % 3); s++) {
    let x = (0.2 + next() * 0.6) * width;
    let y = horizon * height;
    let angle = Math.PI / 2 + (next() - 0.5) * 0.7;
    const bend = (next() - 0.5) * 0.01;
    for (let d = 0; d < 70; d++) {
      const nx = x + Math.cos(angle) * 6;
      const ny = y - Math.sin(angle) * 6;
      if (next() < 0.45) canvas.line(x, y, nx, ny, 1.6, hex("#ffb15c"), 0.9 - d / 90);
      x = nx;
      y = ny;
      angle += bend;
    }
  }
  if (next() < 0.7) {
    const x = (0.25 + next() * 0.5) * width;
    const y = height * (0.25 + next() * 0.2);
    canvas.glow(x, y, 10, hex("#ffb060"), 1.2, 8);
    canvas.glow(x, y, 3, hex("#fff1d0"), 2, 3);
  }
  canvas.glow(width * 0.5, horizon * height, width * 0.2, hex("#6b4a35"), 0.25, 2);
  await canvas.blur(1);
  blocks(canvas, next, {
    base: 1.01,
    low: 0.2,
    high: 0.3,
    minWidth: 80,
    maxWidth: 220,
    color: hex("#05060a"),
    lit: 0.06,
    window: 5,
  });
  await canvas.blur(0.5);
  canvas.finish(seed, { vignette: 0.45, grain: 0.05, saturation: 0.85, lift: 0.015 });
};
