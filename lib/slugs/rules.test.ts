import { describe, expect, it } from "vitest";
import { checkSlug, RESERVED_SLUGS, SLUG_MAX_LENGTH, slugify } from "./rules";

describe("slugify", () => {
  it("turns headlines into lower-case hyphenated ASCII", () => {
    expect(slugify("Air defense downs 34 drones over Kharkiv")).toBe(
      "air-defense-downs-34-drones-over-kharkiv",
    );
    expect(slugify("Russia's war: what’s next?")).toBe("russias-war-whats-next");
    expect(slugify("  Zaporizhzhia — Ënergo  ")).toBe("zaporizhzhia-energo");
  });

  it("writes Ukrainian headlines in Latin letters instead of dropping them", () => {
    expect(slugify("У Києві відновили рух метро після нічної тривоги")).toBe(
      "u-kyievi-vidnovyly-rukh-metro-pislia-nichnoi-tryvohy",
    );
    expect(slugify("Запоріжжя: 12 годин без світла")).toBe("zaporizhzhia-12-hodyn-bez-svitla");
    expect(slugify("Львів’яни зібрали 3 млн гривень")).toBe("lviviany-zibraly-3-mln-hryven");
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.endsWith("word")).toBe(true);
  });
});

describe("checkSlug", () => {
  it("accepts well-formed slugs", () => {
    expect(checkSlug("kyiv-at-night-2026")).toBeNull();
  });

  it.each([
    ["", "empty"],
    ["Upper-Case", "format"],
    ["double--hyphen", "format"],
    ["-leading", "format"],
    ["slash/inside", "format"],
    ["a".repeat(SLUG_MAX_LENGTH + 1), "too-long"],
    ["editor", "reserved"],
    ["tag", "reserved"],
    ["news-feed", "reserved"],
  ])("refuses %j as %s", (slug, problem) => {
    expect(checkSlug(slug)).toBe(problem);
  });

  it("reserves every top-level route the app owns", () => {
    for (const route of [
      "api",
      "author",
      "search",
      "login",
      "media",
      "sitemap.xml",
      "robots.txt",
    ]) {
      expect(RESERVED_SLUGS.has(route)).toBe(true);
    }
  });
});
