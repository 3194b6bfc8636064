import { describe, expect, it } from "vitest";
import { parseVariants, storageKeysOf, variantUrl } from "./variants";

const variant = (width: number) => ({
  width,
  height: width / 2,
  key: `images/ab/abc-w${width}.jpg`,
  bytes: width * 10,
  mimeType: "image/jpeg",
});

const media = {
  storageKey: "images/ab/abc.jpg",
  width: 2000,
  variants: [variant(1600), variant(480), variant(960)],
};

describe("variantUrl", () => {
  it("picks the smallest copy at least as wide as asked", () => {
    expect(variantUrl(media, 400)).toBe("/media/images/ab/abc-w480.jpg");
    expect(variantUrl(media, 480)).toBe("/media/images/ab/abc-w480.jpg");
    expect(variantUrl(media, 481)).toBe("/media/images/ab/abc-w960.jpg");
    expect(variantUrl(media, 1200)).toBe("/media/images/ab/abc-w1600.jpg");
  });

  it("falls back to the original when no copy is wide enough, or there are none", () => {
    expect(variantUrl(media, 1800)).toBe("/media/images/ab/abc.jpg");
    expect(variantUrl({ ...media, variants: [] }, 300)).toBe("/media/images/ab/abc.jpg");
    expect(variantUrl({ ...media, variants: null }, 300)).toBe("/media/images/ab/abc.jpg");
  });
});

describe("parseVariants", () => {
  it("ignores anything malformed and sorts by width", () => {
    expect(
      parseVariants([variant(960), { width: "big" }, null, variant(480), { key: "x" }]).map(
        (v) => v.width,
      ),
    ).toEqual([480, 960]);
    expect(parseVariants({ not: "a list" })).toEqual([]);
  });

  it("lists every file of an image for deletion", () => {
    expect(storageKeysOf(media)).toEqual([
      "images/ab/abc.jpg",
      "images/ab/abc-w480.jpg",
      "images/ab/abc-w960.jpg",
      "images/ab/abc-w1600.jpg",
    ]);
  });
});
