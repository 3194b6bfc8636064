import { hex, scale, type Painter } from "./canvas.ts";
import { Field, fbm, random } from "./noise.ts";
import { smoothstep } from "./sky.ts";

/** A city street on a rainy night: lit windows and shops mirrored in the wet road. */

export const paintRain: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  const { width, height } = canvas;
  const kerb = 0.6 + next() * 0.05;
  const stone = variant % 2 === 0 ? hex("#2a2a2e") : hex("#33302c");
  const blotch = new Field(120, 80, (u, v) => fbm(seed + 2, u * 8, v * 8, 3));
  canvas.fill((u, v) => (v < kerb ? scale(stone, 0.75 + 0.4 * blotch.at(u, v)) : hex("#17181b")));
  // The building across the street: window bays, some lit, shops at street level.
  const bay = width / (6 + Math.floor(next() * 3));
  for (let bx = bay * 0.3; bx < width; bx += bay) {
    for (let row = 0; row < 4; row++) {
      const y = height * (0.04 + row * 0.11);
      const lit = next() < 0.45;
      const c = lit ? (next() < 0.7 ? hex("#f2c07a") : hex("#cfe0f5")) : hex("#16171b");
      for (let py = Math.floor(y); py < y + height * 0.075; py++) {
        for (let px = Math.floor(bx); px < bx + bay * 0.5; px++) {
          const mullion = Math.abs(px - (bx + bay * 0.25)) < 2;
          canvas.blend(
            px,
            py,
            mullion ? stone : scale(c, lit ? 0.8 + 0.2 * blotch.at(px / width, py / height) : 1),
            1,
          );
        }
      }
    }
  }
  const shopTop = kerb - 0.14;
  const signs = [hex("#e8f1ff"), hex("#ffd7a0"), hex("#9fe3d1"), hex("#ff9d8a")];
  for (let sx = 0; sx < width; sx += width * (0.22 + next() * 0.1)) {
    const w = width * (0.14 + next() * 0.06);
    const c = signs[Math.floor(next() * signs.length)]!;
    for (let py = Math.floor(shopTop * height); py < (kerb - 0.015) * height; py++)
      for (let px = Math.floor(sx); px < sx + w; px++)
        canvas.blend(px, py, scale(c, 0.55 + 0.3 * blotch.at(px / width, py / height)), 1);
    canvas.glow(sx + w / 2, (shopTop - 0.03) * height, 8, c, 0.9, 10);
  }
  // Street lamps.
  for (let k = 0; k < 3; k++) {
    const x = (0.15 + k * 0.33 + next() * 0.05) * width;
    canvas.line(x, kerb * height, x, height * 0.2, 6, hex("#0d0e10"), 1);
    canvas.glow(x, height * 0.2, 10, hex("#ffd9a0"), 1.4, 10);
  }
  // The wet road mirrors everything, smeared downwards.
  const line = Math.floor(kerb * height);
  const source = canvas.data.slice(0, line * width * 3);
  const ripple = new Field(300, 120, (u, v) => fbm(seed + 5, u * 30, v * 40, 3));
  for (let y = line; y < height; y++) {
    const depth = (y - line) / (height - line);
    for (let x = 0; x < width; x++) {
      const r = ripple.at(x / width, depth);
      const sy = Math.max(0, Math.min(line - 1, Math.round(line - (y - line) * (0.8 + r * 0.6))));
      const sx = Math.min(width - 1, Math.max(0, Math.round(x + (r - 0.5) * 12)));
      const i = (sy * width + sx) * 3;
      const wet = 0.35 + 0.35 * smoothstep(0.35, 0.65, r);
      const j = (y * width + x) * 3;
      canvas.data[j] = 0.05 + source[i]! * wet;
      canvas.data[j + 1] = 0.05 + source[i + 1]! * wet;
      canvas.data[j + 2] = 0.06 + source[i + 2]! * wet;
    }
  }
  await canvas.blur(2.2);
  // A passer-by with an umbrella.
  const px = (0.2 + next() * 0.6) * width;
  const foot = (kerb + 0.02) * height;
  canvas.line(px, foot, px, foot - height * 0.22, width * 0.028, hex("#0b0b0d"), 1);
  canvas.disc(px, foot - height * 0.26, width * 0.012, hex("#0b0b0d"), 1, 0.2);
  for (let a = 0; a < 40; a++) {
    const t = (a / 40) * Math.PI;
    canvas.line(
      px - Math.cos(t) * width * 0.06,
      foot - height * 0.28 - Math.sin(t) * height * 0.06,
      px,
      foot - height * 0.28,
      3,
      hex("#101114"),
      1,
    );
  }
  // Rain, and a few big out-of-focus lights close to the lens.
  const slant = (next() - 0.5) * 0.3;
  for (let k = 0; k < 1800; k++) {
    const x = next() * width;
    const y = next() * height;
    const len = 14 + next() * 26;
    canvas.line(x, y, x + slant * len, y + len, 1, hex("#c9d3df"), 0.08 + next() * 0.12);
  }
  for (let k = 0; k < 7; k++) {
    const c = signs[Math.floor(next() * signs.length)]!;
    canvas.disc(
      next() * width,
      next() * height * 0.6,
      width * (0.02 + next() * 0.04),
      c,
      0.18,
      0.12,
      true,
    );
  }
  await canvas.blur(0.7);
  canvas.finish(seed, { vignette: 0.45, grain: 0.05, saturation: 0.9, lift: 0.02 });
};
