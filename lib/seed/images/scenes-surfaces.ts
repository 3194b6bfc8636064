import { hex, mix, scale, type Canvas, type Painter, type Rgb } from "./canvas.ts";
import { Field, fbm, noise2, random } from "./noise.ts";
import { smoothstep } from "./sky.ts";

/** Close views of surfaces: papers on a desk, and walls scarred by shrapnel. */

/** A rectangle of paper at an angle, with a shadow, lines of print and perhaps a stamp. */
function sheet(
  canvas: Canvas,
  next: () => number,
  cx: number,
  cy: number,
  w: number,
  h: number,
  angle: number,
  table: boolean,
) {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const reach = Math.hypot(w, h) / 2 + 2;
  const paper = mix(hex("#f1ede4"), hex("#e6e1d3"), next());
  const rows = 28 + Math.floor(next() * 10);
  const margin = 0.1;
  const stamp = next() < 0.6 ? [0.62 + next() * 0.15, 0.72 + next() * 0.1] : null;
  for (let y = Math.floor(cy - reach); y < cy + reach; y++) {
    for (let x = Math.floor(cx - reach); x < cx + reach; x++) {
      const lx = (x - cx) * cos + (y - cy) * sin;
      const ly = -(x - cx) * sin + (y - cy) * cos;
      const u = lx / w + 0.5;
      const v = ly / h + 0.5;
      if (u < 0 || u > 1 || v < 0 || v > 1) continue;
      let c: Rgb = scale(paper, 0.96 + 0.06 * (1 - v));
      const row = (v - margin) * rows;
      const inRow = row - Math.floor(row) < 0.42;
      const lineIndex = Math.floor(row);
      const words = noise2(lineIndex + 11, u * 28, 0.5);
      const ends = lineIndex % 7 === 6 ? 0.55 : 0.88 - 0.1 * noise2(lineIndex, 3.3, 1);
      if (v > margin && v < 1 - margin && u > margin && u < ends && inRow && words > 0.28) {
        c = mix(c, hex("#3a3a40"), lineIndex === 0 ? 0.85 : 0.55);
      }
      if (table && v > 0.45 && v < 0.85 && u > margin && u < 1 - margin) {
        const grid =
          Math.abs(((u - margin) * 6) % 1) < 0.02 || Math.abs(((v - 0.45) * 12) % 1) < 0.04;
        if (grid) c = mix(c, hex("#6a6a70"), 0.6);
      }
      if (stamp) {
        const d = Math.hypot(u - stamp[0]!, (v - stamp[1]!) * (h / w));
        if (d > 0.09 && d < 0.12 && noise2(7, u * 60, v * 60) > 0.3)
          c = mix(c, hex("#3d4c9a"), 0.55);
      }
      canvas.blend(x, y, c, 1);
    }
  }
}

export const paintDocuments: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  const { width, height } = canvas;
  const wood = variant % 2 === 0 ? hex("#6b4a33") : hex("#4a4f55");
  const grain = new Field(60, 400, (u, v) => fbm(seed + 2, u * 3, v * 80, 4));
  canvas.fill((u, v) => {
    const g = grain.at(u, v);
    const rings = 0.5 + 0.5 * Math.sin(v * 140 + g * 10);
    return scale(wood, 0.7 + 0.35 * g + 0.1 * rings);
  });
  // Shadows first, blurred, then the sheets on top.
  const sheets = Array.from({ length: 2 + Math.floor(next() * 2) }, () => ({
    x: (0.25 + next() * 0.5) * width,
    y: (0.3 + next() * 0.4) * height,
    angle: (next() - 0.5) * 0.5,
    w: height * 0.62,
  }));
  for (const s of sheets) canvas.disc(s.x + 18, s.y + 24, s.w * 0.62, hex("#000000"), 0.35, 0.6);
  await canvas.blur(10);
  for (const s of sheets) sheet(canvas, next, s.x, s.y, s.w, s.w * 1.41, s.angle, next() < 0.4);
  // A pen lying across the papers.
  const px = (0.3 + next() * 0.4) * width;
  const py = (0.3 + next() * 0.4) * height;
  const pa = next() * Math.PI;
  const dx = Math.cos(pa) * width * 0.16;
  const dy = Math.sin(pa) * width * 0.16;
  canvas.line(px - dx + 10, py - dy + 14, px + dx + 10, py + dy + 14, 18, hex("#000000"), 0.2);
  canvas.line(px - dx, py - dy, px + dx, py + dy, 14, hex("#1c2733"), 1);
  canvas.line(px - dx, py - dy - 3, px + dx, py + dy - 3, 3, hex("#8fa3b8"), 0.5);
  await canvas.blur(1.2);
  // Shallow depth of field: the far edge of the desk is softer.
  const sharpCopy = canvas.data.slice();
  await canvas.blur(5);
  for (let y = 0; y < height; y++) {
    const k = smoothstep(0.15, 0.55, y / height);
    for (let x = 0; x < width * 3; x++) {
      const i = y * width * 3 + x;
      canvas.data[i] = canvas.data[i]! + (sharpCopy[i]! - canvas.data[i]!) * k;
    }
  }
  canvas.finish(seed, { vignette: 0.4, grain: 0.03, saturation: 0.85, tint: [1.04, 1, 0.94] });
};

/** A window opening boarded up with plywood, nailed at the edges. */
function boardedWindow(canvas: Canvas, seed: number, x0: number, y0: number, w: number, h: number) {
  const grain = new Field(40, 200, (u, v) => fbm(seed + 7, u * 3, v * 40, 3));
  for (let y = Math.floor(y0 - 14); y < y0 + h + 14; y++) {
    for (let x = Math.floor(x0 - 14); x < x0 + w + 14; x++) {
      const inside = x >= x0 && x < x0 + w && y >= y0 && y < y0 + h;
      if (!inside) {
        canvas.blend(x, y, hex("#4b4640"), 0.9);
        continue;
      }
      const g = grain.at((x - x0) / w, (y - y0) / h);
      const seam = Math.abs(x - (x0 + w / 2)) < 1.5;
      canvas.blend(x, y, seam ? hex("#5e4a36") : scale(hex("#b99569"), 0.8 + 0.35 * g), 1);
    }
  }
  for (let k = 0; k < 10; k++) {
    const t = k / 9;
    for (const [nx, ny] of [
      [x0 + 6, y0 + t * h],
      [x0 + w - 6, y0 + t * h],
    ] as const)
      canvas.disc(nx, ny, 2, hex("#3a3632"), 0.9, 0.3);
  }
}

export const paintWall: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  const { width, height } = canvas;
  const stain = new Field(160, 90, (u, v) => fbm(seed + 1, u * 5, v * 3, 4));
  const fine = new Field(640, 360, (u, v) => fbm(seed + 2, u * 220, v * 124, 2));
  const brick = variant % 2 === 1;
  const light = next() < 0.5 ? -1 : 1;
  const joint = 0.3 + next() * 0.4;
  canvas.fill((u, v, x, y) => {
    const side = 0.88 + 0.24 * (light > 0 ? u : 1 - u);
    const s = stain.at(u, v);
    const f = fine.at(u, v);
    if (!brick) {
      // Precast panels: a fine, sandy surface, faint water streaks, and the joints.
      let c = mix(hex("#b3aea4"), hex("#8f8a80"), smoothstep(0.35, 0.8, s) * 0.6);
      c = mix(c, hex("#7b776f"), smoothstep(0.55, 0.9, fbm(seed + 3, u * 40, v * 2, 2)) * 0.25);
      if (Math.abs(v - joint) < 0.006 || Math.abs(u - 0.62) < 0.004) c = scale(c, 0.62);
      return scale(c, side * (0.82 + 0.36 * f));
    }
    const course = Math.floor(y / 30);
    const offset = course % 2 === 0 ? 0 : 33;
    const mortar = y % 30 < 4 || (x + offset) % 66 < 4;
    const id = noise2(seed, Math.floor((x + offset) / 66) * 1.7, course * 1.3);
    const base = mortar ? hex("#b4aa9c") : mix(hex("#8c4a35"), hex("#6a3a2c"), id);
    const soot = smoothstep(0.55, 0.85, s) * 0.6;
    return scale(mix(base, hex("#2c2622"), soot), side * (0.85 + 0.3 * f));
  });
  if (variant >= 2) {
    const w = width * 0.26;
    const x0 = light > 0 ? width * 0.12 : width * 0.62;
    boardedWindow(canvas, seed, x0, height * 0.18, w, height * 0.5);
  }
  // Shrapnel pocks, spread from one burst: each a ragged hole, its broken rim catching the light.
  const pocks = 70 + Math.floor(next() * 90);
  const cx = (light > 0 ? 0.65 : 0.35) * width;
  const cy = (0.35 + next() * 0.3) * height;
  for (let k = 0; k < pocks; k++) {
    const r = Math.sqrt(next()) * width * 0.42;
    const a = next() * Math.PI * 2;
    const x = cx + Math.cos(a) * r;
    const y = cy + Math.sin(a) * r * 0.7;
    const size = 2 + next() * next() * 14;
    for (let chip = 0; chip < 3; chip++) {
      const dx = (next() - 0.5) * size;
      const dy = (next() - 0.5) * size;
      canvas.disc(x + dx - light * 2, y + dy - 2, size * 1.1, hex("#d8d2c6"), 0.35, 0.5);
      canvas.disc(x + dx, y + dy, size * 0.7, hex("#3a3631"), 0.8, 0.45);
    }
    canvas.disc(x + light, y + 1, size * 0.45, hex("#171513"), 0.9, 0.3);
  }
  // Hairline cracks run out from the worst of the damage, forking as they go.
  const crack = (x: number, y: number, a: number, steps: number, w: number) => {
    for (let s = 0; s < steps; s++) {
      const nx = x + Math.cos(a) * 6;
      const ny = y + Math.sin(a) * 6;
      canvas.line(x, y, nx, ny, w, hex("#2e2a26"), 0.75);
      if (next() < 0.04 && w > 0.8) crack(nx, ny, a + (next() - 0.5) * 1.6, steps - s, w * 0.7);
      x = nx;
      y = ny;
      a += (next() - 0.5) * 0.9;
    }
  };
  if (!brick) for (let c = 0; c < 4; c++) crack(cx, cy, next() * Math.PI * 2, 50, 1.6);
  await canvas.blur(0.6);
  canvas.finish(seed, { vignette: 0.35, grain: 0.03, saturation: 0.8 });
};
