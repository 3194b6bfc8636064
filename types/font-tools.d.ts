// The parts of these font tools that scripts/subset-fonts.ts uses; neither ships types.
declare module "subset-font" {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: "woff2" | "woff" | "sfnt" | "truetype";
      variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    },
  ): Promise<Buffer>;
}

declare module "fontkit" {
  export function create(buffer: Buffer): unknown;
}
