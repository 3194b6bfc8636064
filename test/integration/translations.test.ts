import { describe, expect, it, vi } from "vitest";
import { createArticleAction } from "@/lib/articles/editing/actions";
import { createTranslationAction } from "@/lib/articles/editing/translation-actions";
import { getTranslationEditorData } from "@/lib/articles/editing/translation-data";
import { listEditorArticles } from "@/lib/articles/editor-lists";
import { EMPTY_FILTERS } from "@/lib/articles/editor-list-params";
import { actAs, actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import { createArticle, createStaff } from "./factories";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs("EDITOR");

describe("editions in the editor", () => {
  it("creates an article in the edition chosen", async () => {
    const result = await createArticleAction({ title: "Нічна атака", type: "NEWS", edition: "uk" });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    expect(
      await testDb().article.findUnique({ where: { id }, select: { edition: true, slug: true } }),
    ).toEqual({ edition: "uk", slug: "nichna-ataka" });
  });

  it("gives a Ukrainian headline an address in Latin letters, not its digits alone", async () => {
    const result = await createArticleAction({
      title: "Київ: 40 укриттів відкрили вночі",
      type: "NEWS",
      edition: "uk",
    });
    const id = result.ok ? result.data.id : "";
    expect(await testDb().article.findUnique({ where: { id }, select: { slug: true } })).toEqual({
      slug: "kyiv-40-ukryttiv-vidkryly-vnochi",
    });
  });

  it("starts a linked draft from the original, once per edition", async () => {
    const original = await createArticle({
      title: "Drones hit Kyiv",
      standfirst: "Most were shot down.",
    });
    const first = await createTranslationAction({ id: original.id, edition: "uk" });
    expect(first.ok).toBe(true);
    const id = first.ok ? first.data.id : "";
    expect(
      await testDb().article.findUnique({
        where: { id },
        select: { edition: true, status: true, translationOfId: true, standfirst: true },
      }),
    ).toEqual({
      edition: "uk",
      status: "DRAFT",
      translationOfId: original.id,
      standfirst: "Most were shot down.",
    });
    // Asking again opens the same draft.
    expect(await createTranslationAction({ id: original.id, edition: "uk" })).toEqual(first);
    // The translation's editor shows the original beside it; the original's lists it.
    const panel = await getTranslationEditorData(id);
    expect(panel?.original).toMatchObject({
      id: original.id,
      edition: "en",
      title: "Drones hit Kyiv",
    });
    expect(panel?.canTranslateInto).toEqual([]);
    const originalPanel = await getTranslationEditorData(original.id);
    expect(originalPanel?.others.map((other) => other.id)).toEqual([id]);
    // Not into its own edition.
    expect((await createTranslationAction({ id, edition: "en" })).ok).toBe(false);
  });

  it("is refused to those who may not start articles", async () => {
    const original = await createArticle({ title: "Drones hit Kyiv" });
    actAs(null);
    expect((await createTranslationAction({ id: original.id, edition: "uk" })).ok).toBe(false);
    expect(await testDb().article.count()).toBe(1);
  });

  it("filters the staff list by edition", async () => {
    await createArticle({ title: "English story" });
    await createArticle({ title: "Українська новина", edition: "uk" });
    const staff = actingStaff() ?? (await createStaff({ role: "EDITOR" }));
    const titles = async (edition: "en" | "uk" | null) =>
      (
        await listEditorArticles(staff, { ...EMPTY_FILTERS, edition }, { timeZone: "Europe/Kyiv" })
      ).items.map((item) => item.title);
    expect(await titles("uk")).toEqual(["Українська новина"]);
    expect(await titles("en")).toEqual(["English story"]);
    expect((await titles(null)).length).toBe(2);
  });
});
