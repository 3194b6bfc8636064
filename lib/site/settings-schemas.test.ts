import { describe, expect, it } from "vitest";
import { normalizeLanguageTag, normalizeTimeZone, siteSettingsSchema } from "./settings-schemas";

describe("normalizeTimeZone", () => {
  it("accepts IANA zones in their canonical spelling", () => {
    expect(normalizeTimeZone("Europe/London")).toBe("Europe/London");
    expect(normalizeTimeZone("america/new_york")).toBe("America/New_York");
    expect(normalizeTimeZone("utc")).toBe("UTC");
    // Newer than some runtimes' lists, but known to Intl: kept, cased as IANA does.
    expect(normalizeTimeZone("Europe/Kyiv")).toBe("Europe/Kyiv");
    expect(normalizeTimeZone("EUROPE/KYIV")).toBe("Europe/Kyiv");
  });

  it("refuses what is not a zone", () => {
    for (const zone of ["Mars/Olympus_Mons", "+02:00", "", "Europe"]) {
      expect(normalizeTimeZone(zone), zone).toBeNull();
    }
  });
});

describe("normalizeLanguageTag", () => {
  it("canonicalises BCP 47 tags and refuses anything else", () => {
    expect(normalizeLanguageTag("EN-gb")).toBe("en-GB");
    expect(normalizeLanguageTag("uk")).toBe("uk");
    expect(normalizeLanguageTag("en_US")).toBeNull();
    expect(normalizeLanguageTag("english")).toBeNull();
  });
});

describe("siteSettingsSchema", () => {
  const valid = {
    name: " Dispatch ",
    tagline: "",
    description: "",
    timezone: "UTC",
    language: "en",
    moreLinks: [{ label: "About", href: "/about" }],
    socialLinks: [{ kind: "X", label: "X", url: "https://x.com/dispatch" }],
    promoSlots: [{ label: "Store", href: "https://shop.example.com", tone: "plain" }],
  };

  it("trims text and lower-cases social kinds", () => {
    const parsed = siteSettingsSchema.parse(valid);
    expect(parsed.name).toBe("Dispatch");
    expect(parsed.socialLinks[0]?.kind).toBe("x");
  });

  it("names each bad list entry by its path", () => {
    const result = siteSettingsSchema.safeParse({
      ...valid,
      moreLinks: [valid.moreLinks[0], { label: "Evil", href: "javascript:alert(1)" }],
      socialLinks: [{ kind: "x", label: "X", url: "mailto:x@example.com" }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "moreLinks.1.href",
      "socialLinks.0.url",
    ]);
  });

  it("limits the number of promo slots", () => {
    const slot = { label: "Store", href: "/store", tone: "plain" };
    expect(
      siteSettingsSchema.safeParse({ ...valid, promoSlots: Array(5).fill(slot) }).success,
    ).toBe(false);
  });
});
