import { describe, expect, it } from "vitest";
import { isGeneratedSlug, slugCandidates, slugFollowsHeadline, slugForHeadline } from "./slug-rule";

describe("isGeneratedSlug", () => {
  it("recognises the headline's own slug and numbered variants", () => {
    expect(isGeneratedSlug("drones-hit-kyiv", "Drones hit Kyiv")).toBe(true);
    expect(isGeneratedSlug("drones-hit-kyiv-2", "Drones hit Kyiv")).toBe(true);
  });

  it("recognises the provisional address of a new article", () => {
    expect(isGeneratedSlug("drones-hit-kyiv-1a2b3c4d", "Drones hit Kyiv")).toBe(true);
    expect(isGeneratedSlug("untitled-0f9e8d7c", "Untitled")).toBe(true);
    expect(isGeneratedSlug("untitled-0f9e8d7c", "A headline written later")).toBe(true);
  });

  it("keeps digits that belong to the headline", () => {
    expect(isGeneratedSlug("g7-summit-2025", "G7 summit 2025")).toBe(true);
  });

  it("treats anything else as typed by hand", () => {
    expect(isGeneratedSlug("kyiv-attack", "Drones hit Kyiv")).toBe(false);
    expect(isGeneratedSlug("drones-hit-kyiv-live", "Drones hit Kyiv")).toBe(false);
  });
});

describe("slugFollowsHeadline", () => {
  it("follows only before the first publication and until edited by hand", () => {
    expect(slugFollowsHeadline({ everPublished: false, slugEditedByHand: false })).toBe(true);
    expect(slugFollowsHeadline({ everPublished: true, slugEditedByHand: false })).toBe(false);
    expect(slugFollowsHeadline({ everPublished: false, slugEditedByHand: true })).toBe(false);
  });
});

describe("slugForHeadline", () => {
  it("slugifies the headline", () => {
    expect(slugForHeadline("Zelensky’s visit: what’s next?", "old")).toBe(
      "zelenskys-visit-whats-next",
    );
  });

  it("keeps the current slug while the headline has no letters", () => {
    expect(slugForHeadline("", "untitled-0f9e8d7c")).toBe("untitled-0f9e8d7c");
    expect(slugForHeadline("!!!", "kept")).toBe("kept");
  });
});

describe("slugCandidates", () => {
  it("numbers the alternatives from 2", () => {
    expect(slugCandidates("kyiv", 3)).toEqual(["kyiv", "kyiv-2", "kyiv-3"]);
  });

  it("offers no alternatives for a slug the rules refuse", () => {
    expect(slugCandidates("search")).toEqual(["search"]);
  });
});
