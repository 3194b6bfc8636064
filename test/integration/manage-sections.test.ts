import { describe, expect, it, vi } from "vitest";
import { resolveRoute } from "@/lib/routing/routes";
import { getNavigationSections } from "@/lib/sections/queries";
import {
  createSectionAction,
  deleteSectionAction,
  reorderSectionsAction,
  updateSectionAction,
} from "@/lib/sections/actions";
import { actAs, actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import { createArticle, createSection, createStaff } from "./factories";
import { auditOf, databaseState, expectRefusedFor } from "./manage-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs("EDITOR");

const fields = {
  name: "Field Notes",
  slug: "",
  description: "Short dispatches.",
  inNavigation: true,
};

describe("creating a section", () => {
  it("files it last, with its address in the route table, and shows it in the navigation", async () => {
    await createSection({ slug: "war", name: "War" });
    expect((await getNavigationSections()).map((s) => s.name)).toEqual(["War"]);

    const result = await createSectionAction(fields);
    expect(result).toMatchObject({ ok: true, data: { slug: "field-notes" } });
    if (!result.ok) return;

    const section = await testDb().section.findUniqueOrThrow({ where: { id: result.data.id } });
    const war = await testDb().section.findUniqueOrThrow({ where: { slug: "war" } });
    expect(section.position).toBeGreaterThan(war.position);
    expect(await testDb().route.findUnique({ where: { slug: "field-notes" } })).toMatchObject({
      sectionId: section.id,
      canonical: true,
    });
    expect(await resolveRoute("field-notes")).toEqual({
      kind: "section",
      sectionId: section.id,
      edition: "en",
    });
    // The cached navigation was refreshed, not left stale.
    expect((await getNavigationSections()).map((s) => s.name)).toEqual(["War", "Field Notes"]);
    expect(await auditOf("section", section.id)).toEqual([
      expect.objectContaining({ action: "section.create", actorId: actingStaff()?.id }),
    ]);
  });

  it("answers field errors for a missing name and a malformed or reserved slug", async () => {
    const before = await databaseState();
    const bad = await createSectionAction({ ...fields, name: " ", slug: "Not a slug!" });
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["name", "slug"]);

    const reserved = await createSectionAction({ ...fields, slug: "search" });
    expect(reserved).toMatchObject({
      ok: false,
      fieldErrors: { slug: expect.stringMatching(/site itself/) },
    });
    expect(await databaseState()).toEqual(before);
  });

  it("refuses an address used by an article, or once used by one", async () => {
    const article = await createArticle({ slug: "front-line", title: "At the front line" });
    await testDb().route.create({
      data: { slug: "old-front-line", articleId: article.id, canonical: false },
    });
    const used = await createSectionAction({ ...fields, slug: "front-line" });
    expect(used).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { slug: "This address is already used by the article “At the front line”." },
    });
    const old = await createSectionAction({ ...fields, slug: "old-front-line" });
    expect(old).toMatchObject({ fieldErrors: { slug: expect.stringMatching(/still redirects/) } });
  });
});

describe("editing a section", () => {
  it("keeps the old address as a redirect and takes a new canonical one", async () => {
    const section = await createSection({ slug: "war", name: "War" });
    expect((await getNavigationSections())[0]?.name).toBe("War");

    const moved = await updateSectionAction({
      id: section.id,
      name: "The War",
      slug: "the-war",
      description: "",
      inNavigation: true,
    });
    expect(moved).toEqual({ ok: true, data: { id: section.id, slug: "the-war" } });
    const routes = await testDb().route.findMany({
      where: { sectionId: section.id },
      orderBy: { slug: "asc" },
      select: { slug: true, canonical: true },
    });
    expect(routes).toEqual([
      { slug: "the-war", canonical: true },
      { slug: "war", canonical: false },
    ]);
    expect(await resolveRoute("war")).toEqual({ kind: "redirect", location: "/the-war" });
    expect((await getNavigationSections())[0]?.name).toBe("The War");
    expect((await auditOf("section", section.id)).at(-1)).toMatchObject({
      action: "section.update",
      data: { name: { from: "War", to: "The War" }, slug: { from: "war", to: "the-war" } },
    });

    // Going back to the old address takes back its own row.
    const back = await updateSectionAction({
      id: section.id,
      name: "War",
      slug: "war",
      description: "",
      inNavigation: false,
    });
    expect(back.ok).toBe(true);
    expect(await testDb().route.findUnique({ where: { slug: "war" } })).toMatchObject({
      canonical: true,
    });
    expect(await testDb().route.findUnique({ where: { slug: "the-war" } })).toMatchObject({
      canonical: false,
    });
    expect(await resolveRoute("the-war")).toEqual({ kind: "redirect", location: "/war" });
    expect(await getNavigationSections()).toEqual([]);
  });

  it("refuses another section's address and answers a missing section", async () => {
    const war = await createSection({ slug: "war" });
    await createSection({ slug: "analysis", name: "Analysis" });
    const taken = await updateSectionAction({
      id: war.id,
      name: "War",
      slug: "analysis",
      description: "",
      inNavigation: true,
    });
    expect(taken).toMatchObject({
      ok: false,
      fieldErrors: { slug: "This address is already used by the section “Analysis”." },
    });
    const gone = await updateSectionAction({
      id: "missing",
      name: "War",
      slug: "war",
      description: "",
      inNavigation: true,
    });
    expect(gone).toMatchObject({ ok: false, code: "not-found" });
  });
});

describe("deleting and ordering sections", () => {
  it("refuses to delete a section that still holds articles, and deletes an empty one", async () => {
    const full = await createSection({ name: "Full" });
    await createArticle({ sectionId: full.id, status: "DRAFT" });
    const before = await databaseState();
    const refused = await deleteSectionAction({ id: full.id });
    expect(refused).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringMatching(/1 article\b/),
    });
    expect(await databaseState()).toEqual(before);

    const empty = await createSection({ slug: "empty" });
    expect(await deleteSectionAction({ id: empty.id })).toEqual({
      ok: true,
      data: { id: empty.id },
    });
    expect(await testDb().section.findUnique({ where: { id: empty.id } })).toBeNull();
    expect(await testDb().route.findUnique({ where: { slug: "empty" } })).toBeNull();
    expect(await resolveRoute("empty")).toBeNull();
    expect((await auditOf("section", empty.id)).map((a) => a.action)).toEqual(["section.delete"]);
  });

  it("puts sections in the given order and refuses an order made from a stale list", async () => {
    const a = await createSection({ name: "A" });
    const b = await createSection({ name: "B" });
    const c = await createSection({ name: "C" });
    expect((await getNavigationSections()).map((s) => s.name)).toEqual(["A", "B", "C"]);
    expect(await reorderSectionsAction({ ids: [c.id, a.id, b.id] })).toMatchObject({ ok: true });
    expect((await getNavigationSections()).map((s) => s.name)).toEqual(["C", "A", "B"]);

    const stale = await reorderSectionsAction({ ids: [a.id, b.id] });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const repeated = await reorderSectionsAction({ ids: [a.id, a.id, b.id] });
    expect(repeated).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { ids: expect.any(String) },
    });
  });
});

describe("who may manage sections", () => {
  it("refuses contributors and authors, and changes nothing", async () => {
    const section = await createSection({ slug: "war" });
    const other = await createSection({ slug: "analysis" });
    const update = {
      id: section.id,
      name: "Changed",
      slug: "changed",
      description: "",
      inNavigation: false,
    };
    await expectRefusedFor(["CONTRIBUTOR", "AUTHOR"], () => createSectionAction(fields));
    await expectRefusedFor(["CONTRIBUTOR", "AUTHOR"], () => updateSectionAction(update));
    await expectRefusedFor(["CONTRIBUTOR", "AUTHOR"], () =>
      deleteSectionAction({ id: section.id }),
    );
    await expectRefusedFor(["CONTRIBUTOR", "AUTHOR"], () =>
      reorderSectionsAction({ ids: [other.id, section.id] }),
    );
  });

  it("lets admins manage them too, and asks signed-out callers to sign in", async () => {
    actAs(await createStaff({ role: "ADMIN" }));
    expect((await createSectionAction(fields)).ok).toBe(true);
    actAs(null);
    expect(await createSectionAction({ ...fields, slug: "other" })).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
  });
});
