import { describe, expect, it } from "vitest";
import {
  effectiveImageText,
  formatBytes,
  formatMessage,
  heroSizeProblem,
  pixelProblem,
  tooLargeMessage,
  variantWidthsFor,
} from "./rules";

describe("limits, in sentences that say both numbers", () => {
  it("words sizes as people read them", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(812 * 1024)).toBe("812 KB");
    expect(formatBytes(25 * 1024 * 1024)).toBe("25 MB");
    expect(formatBytes(3.25 * 1024 * 1024)).toBe("3.3 MB");
    expect(formatBytes(31.44 * 1024 * 1024)).toBe("31.4 MB");
  });

  it("says the file's size and the limit", () => {
    expect(tooLargeMessage(31.44 * 1024 * 1024)).toBe("The file is 31.4 MB; the limit is 25 MB.");
  });

  it("says the dimensions, counting every frame of an animation", () => {
    expect(pixelProblem({ width: 6000, height: 4000, frames: 1 })).toBeNull();
    expect(pixelProblem({ width: 10_000, height: 8_000, frames: 1 })).toBe(
      "The image is 10000×8000 pixels (80 megapixels); the limit is 60 megapixels.",
    );
    expect(pixelProblem({ width: 2000, height: 2000, frames: 16 })).toBe(
      "The animation is 2000×2000 pixels over 16 frames (64 megapixels in all); the limit is 60 megapixels.",
    );
    expect(pixelProblem({ width: 2000, height: 2000, frames: 15 })).toBeNull();
  });

  it("names a refused format, or says it is not an image at all", () => {
    expect(formatMessage("svg")).toBe(
      "SVG files are not accepted; use a JPEG, PNG, WebP, AVIF or GIF image.",
    );
    expect(formatMessage("heif")).toMatch(/^HEIC files/);
    expect(formatMessage("magick")).toMatch(/^MAGICK files/);
    expect(formatMessage(undefined)).toBe("The file is not a JPEG, PNG, WebP, AVIF or GIF image.");
  });
});

describe("hero images", () => {
  it("need 200 pixels on the shorter edge", () => {
    expect(heroSizeProblem({ width: 1600, height: 200 })).toBeNull();
    expect(heroSizeProblem({ width: 1600, height: 199 })).toBe(
      "A hero image needs at least 200 pixels on its shorter edge; this one is 1600×199.",
    );
    expect(heroSizeProblem({ width: 150, height: 900 })).toMatch(/this one is 150×900/);
    // Unknown dimensions are not refused here: nothing is known to be wrong.
    expect(heroSizeProblem({ width: null, height: null })).toBeNull();
  });
});

describe("resized copies", () => {
  it("are made only narrower than the original", () => {
    expect(variantWidthsFor(3200)).toEqual([480, 960, 1600, 2400]);
    expect(variantWidthsFor(1600)).toEqual([480, 960]);
    expect(variantWidthsFor(481)).toEqual([480]);
    expect(variantWidthsFor(480)).toEqual([]);
  });
});

describe("the text a placed image shows", () => {
  it("is the placement's own where it has some, else the library's", () => {
    const library = { alt: "Library alt", caption: "Library caption", credit: "AP" };
    expect(effectiveImageText({ alt: "", caption: "Own caption" }, library)).toEqual({
      alt: "Library alt",
      caption: "Own caption",
      credit: "AP",
    });
    expect(effectiveImageText({}, library)).toEqual(library);
  });
});
