import { hex, mix, scale, type Canvas, type Painter, type Rgb } from "./canvas.ts";
import { treeLine } from "./land.ts";
import { random } from "./noise.ts";
import { paintSitter, type Sitter } from "./portraits.ts";
import { mist, paintSky, smoothstep } from "./sky.ts";

/**
 * People in their surroundings, the opening pictures of human stories:
 * by a window in a dim room, outdoors against the evening sky, in a street
 * at night among out-of-focus lights, on a riverbank on a gray day.
 */

function sitter(
  hair: Sitter["hair"],
  facing: -1 | 1,
  hairColor: string,
  clothes: string,
  dark: string,
  bright: string,
  rim: string,
): Sitter {
  return {
    hair,
    facing,
    skin: hex("#d6a98a"),
    hairColor: hex(hairColor),
    clothes: hex(clothes),
    backdrop: [hex(dark), hex(bright)],
    rim: hex(rim),
  };
}

const SITTERS: readonly Sitter[] = [
  sitter("short", -1, "#6b6a68", "#3b3f46", "#2b2620", "#f4e6cc", "#fff3de"),
  sitter("long", 1, "#3a2a20", "#5d4a3c", "#22272d", "#dfe8ef", "#f5fbff"),
  sitter("bun", -1, "#8f8a85", "#54463f", "#2a2420", "#efd9b8", "#fff0d8"),
  sitter("cropped", 1, "#2a2420", "#39402f", "#3a2c2a", "#f2b57e", "#ffd9a8"),
  sitter("bob", -1, "#4a3428", "#2d2f3a", "#0b0d14", "#2a2f44", "#ffd7a0"),
  sitter("short", 1, "#5a4b3e", "#4b4e44", "#6f7780", "#d9dee0", "#f7f9fa"),
];

/** A window in a dim room, with curtain folds, for the sitter to face. */
function windowRoom(canvas: Canvas, next: () => number, s: Sitter) {
  const { width, height } = canvas;
  const [dark, bright] = s.backdrop;
  const wx = s.facing > 0 ? 0.62 : 0.1;
  canvas.fill((u, v) => {
    const inWindow = u > wx && u < wx + 0.28 && v > 0.12 && v < 0.78;
    const d = Math.hypot(u - wx - 0.14, (v - 0.45) * 0.8);
    const room = mix(bright, dark, smoothstep(0.05, 0.7, d));
    return inWindow ? mix(bright, [1, 1, 1], 0.35) : scale(room, 0.8);
  });
  const frame = scale(dark, 0.9);
  for (const f of [0, 0.14, 0.28]) {
    canvas.line((wx + f) * width, 0.12 * height, (wx + f) * width, 0.78 * height, 10, frame, 1);
  }
  canvas.line(wx * width, 0.45 * height, (wx + 0.28) * width, 0.45 * height, 8, frame, 1);
  for (let k = 0; k < 9; k++) {
    const x = (wx - 0.06 + k * 0.012) * width;
    const fold = mix(bright, dark, 0.4 + next() * 0.3);
    canvas.line(x, 0.05 * height, x + (next() - 0.5) * 10, height, 8, fold, 0.5);
  }
}

/** Open country at sunset: the sitter stands against the glow. */
function eveningField(canvas: Canvas, seed: number) {
  const horizon = 0.66;
  paintSky(canvas, {
    stops: [hex("#3f4b6b"), hex("#b07a6f"), hex("#f3b27a")],
    horizon,
    sun: { u: 0.3, v: horizon - 0.02, color: hex("#ffc27a"), size: 0.07, strength: 0.7 },
    clouds: { cover: 0.3, lit: hex("#f0b08a"), shade: hex("#5c5068"), flat: 0.9, seed },
  });
  canvas.silhouette(
    () => horizon,
    (_u, v) => scale(hex("#3d3a2c"), 1 - (v - horizon)),
  );
  treeLine(canvas, seed + 2, horizon + 0.003, 0.05, hex("#2a2822"), hex("#c99a82"), 0.35);
}

/** A street at night, its lights thrown out of focus behind the sitter. */
function nightLights(canvas: Canvas, next: () => number, s: Sitter) {
  const { width, height } = canvas;
  canvas.fill((_u, v) => mix(s.backdrop[1], s.backdrop[0], v));
  const lights: Rgb[] = [hex("#ffcf8a"), hex("#ff9d6a"), hex("#cfe0ff"), hex("#9fe3d1")];
  for (let k = 0; k < 34; k++) {
    const c = lights[Math.floor(next() * lights.length)]!;
    const r = height * (0.03 + next() * 0.07);
    canvas.disc(
      next() * width,
      height * (0.15 + next() * 0.6),
      r,
      c,
      0.18 + next() * 0.2,
      0.12,
      true,
    );
  }
}

/** A gray day on a riverbank: pale sky, the far bank, water. */
function grayRiver(canvas: Canvas, seed: number) {
  const horizon = 0.58;
  paintSky(canvas, {
    stops: [hex("#8e979f"), hex("#b9c0c4"), hex("#d8dcdc")],
    horizon,
    clouds: { cover: 0.7, lit: hex("#e4e6e6"), shade: hex("#8f979e"), flat: 1, seed },
  });
  treeLine(canvas, seed + 3, horizon, 0.06, hex("#48514a"), hex("#c7cdcf"), 0.45);
  canvas.silhouette(
    () => horizon + 0.005,
    (_u, v) => mix(hex("#a7b0b4"), hex("#6f7a80"), (v - horizon) * 2),
  );
  mist(canvas, horizon, 0.03, hex("#d3d8d9"), 0.4);
}

export const paintPeople: Painter = async (canvas, seed, variant) => {
  const next = random(seed);
  const { width, height } = canvas;
  const s = SITTERS[variant % SITTERS.length]!;
  const setting = variant % SITTERS.length;
  if (setting < 3) windowRoom(canvas, next, s);
  else if (setting === 3) eveningField(canvas, seed);
  else if (setting === 4) nightLights(canvas, next, s);
  else grayRiver(canvas, seed);
  // The background is out of focus: the lens is focused on the person.
  await canvas.blur(setting < 3 ? 7 : 5);
  const headX = s.facing > 0 ? 0.42 : 0.56;
  const size = height * (setting < 3 ? 0.42 : 0.36 + next() * 0.04);
  await paintSitter(canvas, seed, s, width * headX, height * (0.36 + next() * 0.08), size);
  await canvas.blur(1.3);
  canvas.finish(seed, { vignette: 0.45, grain: 0.045, saturation: 0.8, lift: 0.03 });
};
