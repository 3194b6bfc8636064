import type { DemoMotif } from "./types.ts";

/**
 * The demo's photographs: what each painted picture shows (lib/seed/images
 * paints them). Alt text describes the picture itself; a story's caption
 * says where and when, so the same picture can open more than one story.
 */

export interface DemoPicture {
  /** `${motif}-${variant}`, also the media id's tail. */
  key: string;
  motif: DemoMotif;
  variant: number;
  alt: string;
}

const ALTS: Record<DemoMotif, readonly string[]> = {
  city: [
    "High-rise apartment blocks with lit windows along a river at dusk, reflected in the water.",
    "Apartment blocks and office towers on a riverbank under a hazy midday sun.",
    "Rows of apartment blocks with lit windows against an orange evening sky, mirrored in a river.",
    "A line of high-rise buildings across a river on a bright, hazy afternoon.",
  ],
  field: [
    "A ripe wheat field under a blue sky, with power line poles running towards a tree line.",
    "A green field at sunset, with power line poles crossing it to the horizon.",
    "Wheat under an overcast sky, with tractor tracks leading towards a distant belt of trees.",
    "Young green crops at dawn, with tractor tracks running towards a line of trees.",
  ],
  river: [
    "Reeds on the bank of a wide, still river at sunrise, the far bank wooded.",
    "A calm river under a gray sky, with a wooded bank reflected in the water.",
    "Reeds in the foreground of a broad river at sunset, with trees on the far bank.",
  ],
  night: [
    "Searchlights sweep a dark sky above apartment blocks as something bursts overhead.",
    "Lines of tracer fire rise over a dark city at night.",
    "Searchlight beams and a burst of light in the night sky above apartment blocks.",
  ],
  smoke: [
    "A column of black smoke rises above a city skyline on a gray day.",
    "Gray smoke drifts from a fire among apartment blocks on the edge of a city.",
    "Black smoke rises over a city at dusk, with a few windows lit.",
    "Smoke rises on the horizon beyond an empty field.",
  ],
  portrait: [
    "A person in silhouette sits beside a bright window in a dim room.",
    "A woman with long hair, in silhouette, faces a window in a dark room.",
    "A woman with her hair in a bun sits in silhouette by a window.",
    "A man stands in silhouette against the evening sky over open fields.",
    "A woman in silhouette on a city street at night, lights blurred behind her.",
    "A man in silhouette on a riverbank on a gray day.",
  ],
  snow: [
    "A row of bare trees crosses a snow-covered field under a gray sky, with tracks in the snow.",
    "Bare trees on a snowy plain at dusk, with vehicle tracks leading to the horizon.",
    "A windbreak of bare trees beside a snowy field, with tire tracks in the snow.",
  ],
  harbor: [
    "Port cranes and stacked containers across calm water at sunset.",
    "Cargo cranes and containers at a port, reflected in still water on a bright day.",
    "Container cranes on a quay across the water in the evening light.",
  ],
  train: [
    "A railway line runs straight to the horizon under an overcast sky, with power lines alongside.",
    "Railway tracks lead towards the setting sun across open grassland.",
    "A single railway track crosses flat country at dawn, beside a line of poles.",
  ],
  sunflower: [
    "A field of sunflowers stretches to the horizon under a blue sky with clouds.",
    "Sunflowers fill a field under a pale, cloudy sky.",
  ],
  rain: [
    "A city street on a rainy night, shop signs and lit windows reflected in the wet road.",
    "Rain falls on a city street at night as a passer-by with an umbrella walks past lit shops.",
    "Lit windows and street lamps reflected in a wet road on a rainy night.",
  ],
  documents: [
    "Printed documents with an official stamp and a pen on a wooden desk.",
    "Sheets of typed documents and a pen on a gray desk.",
    "Pages of a printed report and a pen on a wooden table.",
    "Printed pages and a pen on a dark gray desk.",
  ],
  wall: [
    "A concrete wall pitted by shrapnel and crossed by hairline cracks.",
    "A brick wall scarred by shrapnel, with soot stains.",
    "A window boarded up with plywood in a concrete wall pitted by shrapnel.",
    "A boarded-up window in a red brick wall marked by shrapnel.",
  ],
};

export const DEMO_PICTURES: readonly DemoPicture[] = Object.entries(ALTS).flatMap(([motif, alts]) =>
  alts.map((alt, variant) => ({
    key: `${motif}-${variant}`,
    motif: motif as DemoMotif,
    variant,
    alt,
  })),
);

/** How many pictures each motif has. */
export const MOTIF_VARIANTS = Object.fromEntries(
  Object.entries(ALTS).map(([motif, alts]) => [motif, alts.length]),
) as Record<DemoMotif, number>;

const BY_KEY = new Map(DEMO_PICTURES.map((picture) => [picture.key, picture]));

export function demoPicture(motif: DemoMotif, variant: number): DemoPicture {
  const count = MOTIF_VARIANTS[motif];
  const key = `${motif}-${((variant % count) + count) % count}`;
  return BY_KEY.get(key)!;
}

export function pictureByKey(key: string): DemoPicture {
  const picture = BY_KEY.get(key);
  if (!picture) throw new Error(`No demo picture ${key}`);
  return picture;
}
