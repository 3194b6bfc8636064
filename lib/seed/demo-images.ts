import sharp from "sharp";
import type { DemoMotif } from "./demo/types";

/**
 * Demo photographs are painted here rather than downloaded: layered SVG
 * landscapes (sky, light, land, silhouettes) in a palette per motif, with a
 * little film grain, rendered to JPEG by sharp. Deterministic per (motif, variant).
 */

const WIDTH = 1600;
const HEIGHT = 900;

interface Palette {
  sky: [string, string];
  light: string;
  land: [string, string];
  ink: string;
}

const PALETTES: Record<DemoMotif, Palette[]> = {
  city: [
    { sky: ["#9fb7c9", "#e8d8c4"], light: "#f6e7c8", land: ["#5b6670", "#39424b"], ink: "#262c33" },
    { sky: ["#c9b8a6", "#f0e2cf"], light: "#fff2d9", land: ["#6c6259", "#3f3832"], ink: "#2a2521" },
  ],
  field: [
    { sky: ["#a9c3d6", "#eef0e2"], light: "#fffbe6", land: ["#8c9a52", "#5f6b33"], ink: "#3b4321" },
    { sky: ["#d8c9a8", "#f3ead4"], light: "#fff4d6", land: ["#a08a4c", "#6d5c2e"], ink: "#43391c" },
  ],
  river: [
    { sky: ["#b4c6d3", "#e9eef0"], light: "#ffffff", land: ["#6f8a94", "#405a66"], ink: "#25363e" },
    { sky: ["#9aa9b8", "#dfe3e6"], light: "#f4f6f7", land: ["#5e7786", "#33495a"], ink: "#1f2e39" },
  ],
  night: [
    { sky: ["#0e1726", "#2b3a55"], light: "#f3d9a4", land: ["#1c2433", "#0b1019"], ink: "#05080d" },
    { sky: ["#151a2e", "#3d3552"], light: "#ffb45c", land: ["#1f1f2e", "#0d0d16"], ink: "#050509" },
  ],
  smoke: [
    { sky: ["#8d8a86", "#c9c2b8"], light: "#e8dccb", land: ["#4f4c49", "#2e2c2a"], ink: "#1c1b1a" },
    { sky: ["#a08f7e", "#d8c7b0"], light: "#ffd9a0", land: ["#574a40", "#2f2822"], ink: "#1d1814" },
  ],
  portrait: [
    { sky: ["#c8c0b6", "#ebe5dc"], light: "#fbf6ee", land: ["#7b6f66", "#4c433d"], ink: "#2d2723" },
    { sky: ["#b7c1bd", "#e2e6e2"], light: "#f7f9f7", land: ["#66736e", "#3c4642"], ink: "#222a27" },
  ],
  snow: [
    { sky: ["#c7d3de", "#f4f6f8"], light: "#ffffff", land: ["#e6ebef", "#b8c4ce"], ink: "#4a5561" },
    { sky: ["#aebccb", "#e9eef2"], light: "#ffffff", land: ["#dde4ea", "#a9b6c2"], ink: "#3e4955" },
  ],
  harbor: [
    { sky: ["#a7c0d4", "#f1e9dc"], light: "#fff6e3", land: ["#3f6a80", "#24485a"], ink: "#1b2a33" },
    { sky: ["#c3b3c6", "#f0e1d6"], light: "#ffe9cf", land: ["#4b6479", "#2a3e50"], ink: "#1c2732" },
  ],
  train: [
    { sky: ["#b9c4c8", "#ece6da"], light: "#fff1d6", land: ["#6d6a62", "#45423c"], ink: "#2a2824" },
    { sky: ["#a5b1b9", "#e2ddd2"], light: "#faf0dc", land: ["#5f5d57", "#3a3935"], ink: "#232220" },
  ],
  sunflower: [
    { sky: ["#8fb5d9", "#e4eef3"], light: "#fffbe0", land: ["#d9a72b", "#8a6a14"], ink: "#4a3a0c" },
    { sky: ["#9cc1dc", "#f1efe0"], light: "#fff8d0", land: ["#e0b43a", "#946f17"], ink: "#503f0f" },
  ],
};

/** Every motif a demo picture can show. */
export const DEMO_MOTIFS = Object.keys(PALETTES) as DemoMotif[];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ridge(random: () => number, base: number, roughness: number, steps = 24): string {
  const points: string[] = [`0,${HEIGHT}`];
  for (let i = 0; i <= steps; i++) {
    const x = (WIDTH / steps) * i;
    const y = base + (random() - 0.5) * roughness;
    points.push(`${x.toFixed(0)},${y.toFixed(0)}`);
  }
  points.push(`${WIDTH},${HEIGHT}`);
  return points.join(" ");
}

function skyline(random: () => number, base: number, ink: string): string {
  const parts: string[] = [];
  let x = -20;
  while (x < WIDTH) {
    const w = 40 + random() * 120;
    const h = 60 + random() * 260;
    parts.push(
      `<rect x="${x.toFixed(0)}" y="${(base - h).toFixed(0)}" width="${w.toFixed(0)}" height="${(HEIGHT - base + h).toFixed(0)}" fill="${ink}"/>`,
    );
    if (random() > 0.6) {
      for (let wy = base - h + 18; wy < base - 10; wy += 26) {
        for (let wx = x + 10; wx < x + w - 14; wx += 22) {
          if (random() > 0.55)
            parts.push(
              `<rect x="${wx.toFixed(0)}" y="${wy.toFixed(0)}" width="8" height="12" fill="#f5d48a" opacity="0.55"/>`,
            );
        }
      }
    }
    x += w + random() * 12;
  }
  return parts.join("");
}

function motifLayer(motif: DemoMotif, random: () => number, p: Palette): string {
  switch (motif) {
    case "city":
    case "night":
      return skyline(random, 620 + random() * 60, p.ink);
    case "smoke": {
      const plumes = Array.from({ length: 6 }, (_, i) => {
        const cx = 500 + i * 70 + random() * 80;
        const cy = 520 - i * 70;
        const r = 90 + i * 35;
        return `<circle cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" r="${r.toFixed(0)}" fill="${p.land[0]}" opacity="${(0.35 - i * 0.04).toFixed(2)}"/>`;
      }).join("");
      return plumes + skyline(random, 700, p.ink);
    }
    case "river":
    case "harbor": {
      const water = `<rect x="0" y="600" width="${WIDTH}" height="300" fill="${p.land[0]}"/>`;
      const ripples = Array.from({ length: 14 }, () => {
        const y = 620 + random() * 260;
        const x = random() * WIDTH;
        return `<rect x="${x.toFixed(0)}" y="${y.toFixed(0)}" width="${(80 + random() * 220).toFixed(0)}" height="3" fill="${p.light}" opacity="0.35"/>`;
      }).join("");
      const bank = `<polygon points="${ridge(random, 600, 40, 12)}" fill="${p.ink}" transform="translate(0,-10) scale(1,0.02) translate(0,29400)"/>`;
      const far =
        motif === "harbor"
          ? skyline(random, 600, p.land[1])
          : `<polygon points="${ridge(random, 585, 30)}" fill="${p.land[1]}"/>`;
      return far + water + ripples + bank;
    }
    case "train": {
      const rails = `<rect x="0" y="700" width="${WIDTH}" height="10" fill="${p.ink}"/><rect x="0" y="740" width="${WIDTH}" height="10" fill="${p.ink}"/>`;
      const cars = Array.from(
        { length: 5 },
        (_, i) =>
          `<rect x="${120 + i * 280}" y="520" width="260" height="170" rx="10" fill="${p.land[1]}"/><rect x="${140 + i * 280}" y="550" width="220" height="50" fill="${p.light}" opacity="0.6"/>`,
      ).join("");
      return `<polygon points="${ridge(random, 640, 50)}" fill="${p.land[0]}"/>` + cars + rails;
    }
    case "portrait": {
      const cx = 800 + (random() - 0.5) * 300;
      return `<circle cx="${cx.toFixed(0)}" cy="380" r="120" fill="${p.ink}"/><path d="M ${cx - 260} 900 Q ${cx} 440 ${cx + 260} 900 Z" fill="${p.ink}"/>`;
    }
    case "sunflower": {
      const heads = Array.from({ length: 40 }, () => {
        const x = random() * WIDTH;
        const y = 640 + random() * 240;
        const r = 8 + (y - 620) / 10;
        return `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${r.toFixed(0)}" fill="${p.land[0]}"/><circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${(r * 0.45).toFixed(0)}" fill="${p.ink}"/>`;
      }).join("");
      return `<polygon points="${ridge(random, 620, 30)}" fill="${p.land[1]}"/>` + heads;
    }
    case "snow":
    case "field":
    default:
      return (
        `<polygon points="${ridge(random, 560, 90)}" fill="${p.land[0]}" opacity="0.8"/><polygon points="${ridge(random, 680, 60)}" fill="${p.land[1]}"/>` +
        Array.from({ length: 5 }, () => {
          const x = random() * WIDTH;
          return `<rect x="${x.toFixed(0)}" y="${(600 + random() * 40).toFixed(0)}" width="6" height="${(60 + random() * 60).toFixed(0)}" fill="${p.ink}"/>`;
        }).join("")
      );
  }
}

export function demoImageSvg(motif: DemoMotif, variant: number): string {
  const palettes = PALETTES[motif];
  const palette = palettes[variant % palettes.length]!;
  const random = mulberry32(variant * 7919 + motif.length * 104729 + motif.charCodeAt(0));
  const sunX = 200 + random() * 1200;
  const sunY = motif === "night" ? 160 + random() * 100 : 180 + random() * 220;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.sky[0]}"/><stop offset="1" stop-color="${palette.sky[1]}"/></linearGradient>
    <radialGradient id="glow" cx="${(sunX / WIDTH).toFixed(3)}" cy="${(sunY / HEIGHT).toFixed(3)}" r="0.5"><stop offset="0" stop-color="${palette.light}" stop-opacity="0.9"/><stop offset="1" stop-color="${palette.light}" stop-opacity="0"/></radialGradient>
    <filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="${variant + 1}"/><feColorMatrix type="saturate" values="0"/><feComponentTransfer><feFuncA type="table" tableValues="0 0.08"/></feComponentTransfer><feBlend in2="SourceGraphic" mode="multiply"/></filter>
  </defs>
  <g filter="url(#grain)">
    <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
    <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#glow)"/>
    <circle cx="${sunX.toFixed(0)}" cy="${sunY.toFixed(0)}" r="${motif === "night" ? 38 : 56}" fill="${palette.light}" opacity="0.85"/>
    ${motifLayer(motif, random, palette)}
  </g>
</svg>`;
}

const rendered = new Map<string, Promise<Buffer>>();

/** Painting takes a moment, so each picture is painted once per process. */
export function renderDemoImage(motif: DemoMotif, variant: number): Promise<Buffer> {
  const key = `${motif}:${variant}`;
  let image = rendered.get(key);
  if (!image) {
    image = sharp(Buffer.from(demoImageSvg(motif, variant)))
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
    rendered.set(key, image);
  }
  return image;
}
