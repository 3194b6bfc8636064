import { describe, expect, it } from "vitest";
import { editionOr, editionPath, isEdition, splitEditionPath } from "./editions";

describe("edition paths", () => {
  it("keeps English at the root and prefixes Ukrainian", () => {
    expect(editionPath("en", "/")).toBe("/");
    expect(editionPath("en", "/war")).toBe("/war");
    expect(editionPath("uk", "/")).toBe("/uk");
    expect(editionPath("uk", "/viina")).toBe("/uk/viina");
  });

  it("finds the edition of a path, and only at a segment boundary", () => {
    expect(splitEditionPath("/uk")).toEqual({ edition: "uk", path: "/" });
    expect(splitEditionPath("/uk/viina/feed")).toEqual({ edition: "uk", path: "/viina/feed" });
    expect(splitEditionPath("/ukraine-war")).toEqual({ edition: "en", path: "/ukraine-war" });
    expect(splitEditionPath("/")).toEqual({ edition: "en", path: "/" });
  });

  it("knows only its editions", () => {
    expect(isEdition("uk")).toBe(true);
    expect(isEdition("de")).toBe(false);
    expect(isEdition(undefined)).toBe(false);
  });

  it("reads an edition, or falls back when there is none we know", () => {
    expect(editionOr("uk", "en")).toBe("uk");
    expect(editionOr("en", "uk")).toBe("en");
    expect(editionOr("de", "en")).toBe("en");
    expect(editionOr("", "en")).toBe("en");
    expect(editionOr("UK", "en")).toBe("en");
    expect(editionOr(undefined, "uk")).toBe("uk");
    expect(editionOr(null, "en")).toBe("en");
    expect(editionOr(["uk"], "en")).toBe("en");
    expect(editionOr("de", null)).toBeNull();
  });
});
