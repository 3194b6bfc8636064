import type { DemoMotif } from "../demo/types.ts";
import { DEMO_PICTURES, type DemoPicture } from "../demo/pictures.ts";
import { cachedRender } from "./cache.ts";
import { Canvas, type Painter } from "./canvas.ts";
import { paintPortrait } from "./portraits.ts";
import { paintCity, paintNight } from "./scenes-city.ts";
import { paintField, paintSnow, paintSunflowers } from "./scenes-fields.ts";
import { paintPeople } from "./scenes-people.ts";
import { paintRail, paintRiver } from "./scenes-river-rail.ts";
import { paintHarbor, paintSmoke } from "./scenes-smoke-harbor.ts";
import { paintRain } from "./scenes-street.ts";
import { paintDocuments, paintWall } from "./scenes-surfaces.ts";
import { SITTERS } from "./sitters.ts";

/** Which painter makes each motif's pictures, and the sizes they are made at. */

const PAINTERS: Record<DemoMotif, Painter> = {
  city: paintCity,
  field: paintField,
  river: paintRiver,
  night: paintNight,
  smoke: paintSmoke,
  portrait: paintPeople,
  snow: paintSnow,
  harbor: paintHarbor,
  train: paintRail,
  sunflower: paintSunflowers,
  rain: paintRain,
  documents: paintDocuments,
  wall: paintWall,
};

/** Scenes are 16:9 like a hero; byline portraits are square. */
export const SCENE_SIZE = { width: 1280, height: 720 } as const;
export const PORTRAIT_SIZE = 480;
const QUALITY = 76;

function seedOf(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The JPEG of one of the demo's scenes, painted once and then read from the cache. */
export function renderScene(picture: DemoPicture): Promise<Buffer> {
  const { key, motif, variant } = picture;
  const recipe = { kind: "scene", key, motif, variant, size: SCENE_SIZE, quality: QUALITY };
  return cachedRender(recipe, async () => {
    const canvas = new Canvas(SCENE_SIZE.width, SCENE_SIZE.height);
    await PAINTERS[picture.motif](canvas, seedOf(picture.key), picture.variant);
    return canvas.jpeg(QUALITY);
  });
}

/** The JPEG of an author's portrait, by the author's slug. */
export function renderPortrait(slug: string): Promise<Buffer> {
  const sitter = SITTERS[slug];
  if (!sitter) throw new Error(`No portrait is planned for ${slug}`);
  const recipe = { kind: "portrait", slug, sitter, size: PORTRAIT_SIZE, quality: QUALITY };
  return cachedRender(recipe, async () => {
    const canvas = new Canvas(PORTRAIT_SIZE, PORTRAIT_SIZE);
    await paintPortrait(canvas, seedOf(slug), sitter);
    return canvas.jpeg(QUALITY + 4);
  });
}

export { DEMO_PICTURES };
