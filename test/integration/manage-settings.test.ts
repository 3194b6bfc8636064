import { describe, expect, it, vi } from "vitest";
import { updateSiteSettingsAction } from "@/lib/site/settings-actions";
import { getSiteSettings } from "@/lib/site/settings";
import { actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import { auditOf, databaseState, expectRefusedFor } from "./manage-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs("ADMIN");

const settings = {
  name: "The Northern Dispatch",
  tagline: "Independent journalism from Ukraine",
  description: "A reader-funded newsroom.",
  timezone: "europe/kyiv",
  language: "EN-gb",
  moreLinks: [{ label: "About", href: "/about" }],
  socialLinks: [{ kind: "Bluesky", label: "Bluesky", url: "https://bsky.app/profile/x" }],
  promoSlots: [{ label: "Become a member", href: "/about#membership", tone: "accent" as const }],
};

describe("site settings", () => {
  it("are saved, normalised, audited, and shown on the next page at once", async () => {
    expect((await getSiteSettings()).name).toBe("Newsroom");
    const result = await updateSiteSettingsAction(settings);
    expect(result).toMatchObject({ ok: true });

    const row = await testDb().siteSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(row).toMatchObject({ timezone: "Europe/Kyiv", language: "en-GB" });
    expect(row.socialLinks).toEqual([
      { kind: "bluesky", label: "Bluesky", url: "https://bsky.app/profile/x" },
    ]);
    const shown = await getSiteSettings();
    expect(shown).toMatchObject({
      name: "The Northern Dispatch",
      timezone: "Europe/Kyiv",
      moreLinks: settings.moreLinks,
      promoSlots: settings.promoSlots,
    });

    expect(
      (await updateSiteSettingsAction({ ...settings, name: "Dispatch", moreLinks: [] })).ok,
    ).toBe(true);
    expect(await getSiteSettings()).toMatchObject({ name: "Dispatch", moreLinks: [] });
    expect((await auditOf("settings", "1")).map((a) => a.action)).toEqual([
      "settings.update",
      "settings.update",
    ]);
    expect((await auditOf("settings", "1"))[1]?.data).toMatchObject({
      name: { from: "The Northern Dispatch", to: "Dispatch" },
    });
  });

  it("answer field errors for an unknown time zone, a bad language and unsafe links", async () => {
    await updateSiteSettingsAction(settings);
    const before = await databaseState();
    const result = await updateSiteSettingsAction({
      ...settings,
      name: "",
      timezone: "Mars/Olympus_Mons",
      language: "english please",
      moreLinks: [{ label: "Bad", href: "javascript:alert(1)" }],
      socialLinks: [{ kind: "x", label: "", url: "/relative" }],
      promoSlots: [{ label: "Store", href: "//evil.example", tone: "loud" as "plain" }],
    });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "language",
      "moreLinks.0.href",
      "name",
      "promoSlots.0.href",
      "promoSlots.0.tone",
      "socialLinks.0.label",
      "socialLinks.0.url",
      "timezone",
    ]);
    expect(await databaseState()).toEqual(before);
  });

  it("may be changed by admins only", async () => {
    await updateSiteSettingsAction(settings);
    await expectRefusedFor(["CONTRIBUTOR", "AUTHOR", "EDITOR"], () =>
      updateSiteSettingsAction({ ...settings, name: "Taken over" }),
    );
    expect((await getSiteSettings()).name).toBe("The Northern Dispatch");
  });
});
