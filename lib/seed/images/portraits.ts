import sharp from "sharp";
import { Canvas, mix, scale, type Rgb } from "./canvas.ts";
import { random } from "./noise.ts";
import { smoothstep } from "./sky.ts";

/**
 * Portraits lit from behind: a sitter half-turned against a bright window or
 * a lit backdrop, the face in shadow and its outline traced by rim light.
 * Newsrooms that report a war often photograph people this way to protect
 * them; here it also means no generated face has to pass for a real one.
 * The figure is drawn as SVG outlines (sharp renders them) and lit in pixels.
 */

export interface Sitter {
  hair: "short" | "long" | "bun" | "cropped" | "bob";
  /** Which way the face looks. */
  facing: -1 | 1;
  skin: Rgb;
  hairColor: Rgb;
  clothes: Rgb;
  /** The backdrop: dark corners and the bright light behind the sitter. */
  backdrop: [Rgb, Rgb];
  rim: Rgb;
  /** An open shirt collar rather than a crew neck. */
  collar?: boolean;
}

type Point = [number, number];

/** Outline of head, neck and shoulders in head units (head about 1 tall), facing +x. */
const FIGURE: string = [
  "M -0.05 -0.52",
  "C 0.18 -0.54 0.33 -0.42 0.37 -0.22",
  "C 0.39 -0.12 0.41 -0.08 0.395 -0.04",
  "C 0.43 0.02 0.49 0.07 0.505 0.11",
  "C 0.49 0.15 0.44 0.16 0.41 0.165",
  "C 0.425 0.2 0.43 0.23 0.405 0.255",
  "C 0.42 0.28 0.415 0.31 0.395 0.325",
  "C 0.36 0.35 0.37 0.4 0.37 0.43",
  "C 0.36 0.49 0.28 0.52 0.19 0.53",
  "C 0.16 0.62 0.17 0.72 0.2 0.8",
  "C 0.45 0.86 0.95 0.95 1.05 1.25",
  "L 1.2 2.2 L -1.3 2.2 L -1.2 1.3",
  "C -1.0 0.95 -0.5 0.88 -0.26 0.8",
  "C -0.27 0.62 -0.3 0.48 -0.38 0.34",
  "C -0.5 0.2 -0.52 -0.1 -0.42 -0.32",
  "C -0.34 -0.48 -0.2 -0.53 -0.05 -0.52 Z",
].join(" ");

/** The hair's outline in head units, facing +x: over the crown, then back along the hairline. */
function hairPath(style: Sitter["hair"], next: () => number): string {
  const lift = style === "cropped" ? 0.025 : style === "short" ? 0.06 : 0.08;
  const crown: Point[] = [];
  const from = style === "cropped" ? -0.9 : -0.7;
  for (let i = 0; i <= 28; i++) {
    const angle = from - (i / 28) * (3.75 + from + 0.7 - 0.7);
    const r = 0.5 + lift + (next() - 0.5) * 0.012;
    crown.push([-0.02 + Math.cos(angle) * r * 0.9, -0.02 + Math.sin(angle) * r * 1.02]);
  }
  const hairline: Record<Sitter["hair"], Point[]> = {
    short: [
      [-0.36, 0.36],
      [-0.2, 0.22],
      [-0.1, 0.1],
      [0.1, 0.04],
      [0.17, -0.16],
      [0.3, -0.36],
    ],
    cropped: [
      [-0.34, 0.32],
      [-0.2, 0.2],
      [-0.1, 0.08],
      [0.08, 0.0],
      [0.14, -0.2],
      [0.24, -0.42],
    ],
    bun: [
      [-0.36, 0.34],
      [-0.2, 0.22],
      [-0.1, 0.1],
      [0.1, 0.02],
      [0.18, -0.16],
      [0.32, -0.36],
    ],
    bob: [
      [-0.5, 0.45],
      [-0.36, 0.6],
      [-0.14, 0.58],
      [-0.04, 0.3],
      [0.04, 0.02],
      [0.14, -0.2],
      [0.34, -0.32],
    ],
    long: [
      [-0.58, 0.7],
      [-0.52, 1.12],
      [-0.3, 1.1],
      [-0.2, 0.6],
      [-0.06, 0.2],
      [0.06, -0.06],
      [0.16, -0.24],
      [0.34, -0.34],
    ],
  };
  const all = [...crown, ...hairline[style]];
  return "M " + all.map(([x, y]) => `${x.toFixed(3)} ${y.toFixed(3)}`).join(" L ") + " Z";
}

async function mask(svgBody: string, width: number, height: number): Promise<Float32Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${svgBody}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .extractChannel("alpha")
    .raw()
    .toBuffer({ resolveWithObject: true });
  const out = new Float32Array(width * height);
  for (let i = 0; i < out.length; i++) out[i] = data[i * info.channels]! / 255;
  return out;
}

/** A mask softened by sharp's Gaussian blur (a quick way to measure closeness to an edge). */
async function blurMask(m: Float32Array, width: number, height: number, sigma: number) {
  const bytes = Buffer.alloc(m.length);
  for (let i = 0; i < m.length; i++) bytes[i] = Math.round(m[i]! * 255);
  const data = await sharp(bytes, { raw: { width, height, channels: 1 } })
    .blur(sigma)
    .extractChannel(0)
    .raw()
    .toBuffer();
  const out = new Float32Array(m.length);
  for (let i = 0; i < out.length; i++) out[i] = data[i]! / 255;
  return out;
}

/** Paints a sitter whose head is centred at (cx, cy), `size` pixels tall. */
export async function paintSitter(
  canvas: Canvas,
  seed: number,
  s: Sitter,
  cx: number,
  cy: number,
  size: number,
): Promise<void> {
  const next = random(seed);
  const { width, height } = canvas;
  const transform = `translate(${cx} ${cy}) scale(${size * s.facing} ${size})`;
  const extras: string[] = [];
  if (s.hair === "bun") extras.push(`<ellipse cx="-0.44" cy="-0.3" rx="0.17" ry="0.15"/>`);
  const hair = hairPath(s.hair, next);
  const body = await mask(`<g transform="${transform}"><path d="${FIGURE}"/></g>`, width, height);
  const hairMask = await mask(
    `<g transform="${transform}"><path d="${hair}"/>${extras.join("")}</g>`,
    width,
    height,
  );
  const clothes = await mask(
    `<g transform="${transform}"><path d="M 0.2 0.78 C 0.45 0.86 0.95 0.95 1.05 1.25 L 1.2 2.2 L -1.3 2.2 L -1.2 1.3 C -1.0 0.95 -0.5 0.88 -0.27 0.78 ${
      s.collar ? "L -0.2 0.7 L 0.02 0.86 L 0.22 0.7 Z" : "C -0.1 0.86 0.05 0.86 0.2 0.78 Z"
    }"/></g>`,
    width,
    height,
  );
  const figure = new Float32Array(width * height);
  for (let i = 0; i < figure.length; i++) figure[i] = Math.max(body[i]!, hairMask[i]!);
  const soft = await blurMask(figure, width, height, size * 0.035);
  // Rim light: the figure's edges towards the light behind it (up and to the back).
  const sx = Math.round(-s.facing * size * 0.05);
  const sy = Math.round(-size * 0.03);
  const light = s.rim;
  for (let y = 0; y < height; y++) {
    const v = y / height;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const inside = figure[i]!;
      if (inside <= 0) continue;
      const qx = Math.min(width - 1, Math.max(0, x + sx));
      const qy = Math.min(height - 1, Math.max(0, y + sy));
      const rim = smoothstep(0.05, 0.6, 1 - soft[qy * width + qx]!);
      const wrap = (1 - soft[i]!) * 0.6;
      const isHair = hairMask[i]! > 0.5;
      const isCloth = clothes[i]! > 0.5 && !isHair;
      const base = isHair ? s.hairColor : isCloth ? s.clothes : s.skin;
      // The shadowed face and body get only a little fill light from the room.
      const fill = (isHair ? 0.3 : isCloth ? 0.2 : 0.15) * (1.1 - v * 0.45) + wrap * 0.2;
      let c = scale(base, fill);
      c = mix(
        c,
        mix(light, base, isHair ? 0.3 : 0.2),
        rim * (isCloth ? 0.45 : isHair ? 0.9 : 0.75),
      );
      canvas.blend(x, y, c, inside);
    }
  }
  // Stray hairs catch the light along the crown.
  for (let k = 0; k < 70; k++) {
    const angle = -0.9 - next() * 2.4;
    const r = 0.5 + (s.hair === "cropped" ? 0.02 : 0.06);
    const x0 = cx + s.facing * size * (-0.02 + Math.cos(angle) * r * 0.9);
    const y0 = cy + size * (-0.02 + Math.sin(angle) * r * 1.02);
    const len = size * (0.02 + next() * 0.05);
    const bend = angle + (next() - 0.5) * 0.8;
    const x1 = x0 + s.facing * Math.cos(bend) * len;
    const y1 = y0 + Math.sin(bend) * len;
    canvas.line(x0, y0, x1, y1, 0.8, mix(light, s.hairColor, 0.3), 0.25 + next() * 0.3);
  }
}

/** A square portrait: bright, blurred light behind, the sitter rim-lit against it. */
export async function paintPortrait(canvas: Canvas, seed: number, s: Sitter): Promise<void> {
  const { width, height } = canvas;
  const [dark, bright] = s.backdrop;
  const next = random(seed + 1);
  canvas.fill((u, v) => {
    const d = Math.hypot((u - 0.5 + s.facing * 0.2) * 1.2, v - 0.3);
    return mix(bright, dark, smoothstep(0.05, 0.85, d));
  });
  // Out-of-focus lights behind the sitter.
  for (let k = 0; k < 10; k++) {
    const r = width * (0.03 + next() * 0.05);
    canvas.disc(
      next() * width,
      next() * height * 0.7,
      r,
      mix(bright, [1, 1, 1], 0.3),
      0.12 + next() * 0.12,
      0.15,
      true,
    );
  }
  await canvas.blur(4);
  // Framed a little differently each time, as a photographer would.
  const size = height * (0.47 + next() * 0.09);
  await paintSitter(
    canvas,
    seed,
    s,
    width * (0.5 - s.facing * (0.03 + next() * 0.06)),
    height * (0.37 + next() * 0.06),
    size,
  );
  await canvas.blur(1.8);
  canvas.finish(seed, { vignette: 0.35, grain: 0.04, saturation: 0.85, lift: 0.03 });
}
