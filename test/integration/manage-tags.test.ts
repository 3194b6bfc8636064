import { describe, expect, it, vi } from "vitest";
import { getPublishedArticle } from "@/lib/articles/queries";
import { readSearchParams } from "@/lib/search/params";
import { searchArticles } from "@/lib/search/queries";
import { createTagAction, deleteTagAction, updateTagAction } from "@/lib/tags/actions";
import { getTagBySlug } from "@/lib/tags/queries";
import { actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import { createArticle, createAuthor, createTag } from "./factories";
import { auditOf, databaseState, expectRefusedFor } from "./manage-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs("EDITOR");

const found = async (q: string) =>
  (await searchArticles(readSearchParams({ q }), "UTC")).hits.map((hit) => hit.article.id);

const searchNamesOf = async (id: string) =>
  (await testDb().article.findUniqueOrThrow({ where: { id }, select: { searchNames: true } }))
    .searchNames;

describe("creating a tag", () => {
  it("makes the slug from the name and records who did it", async () => {
    expect(await getTagBySlug("north-korea")).toBeNull();
    const result = await createTagAction({ name: "North Korea", slug: "", description: "" });
    expect(result).toMatchObject({ ok: true, data: { slug: "north-korea" } });
    if (!result.ok) return;
    // A "not found" answered earlier is not served from the cache.
    expect(await getTagBySlug("north-korea")).toMatchObject({ name: "North Korea" });
    expect(await auditOf("tag", result.data.id)).toEqual([
      expect.objectContaining({ action: "tag.create", actorId: actingStaff()?.id }),
    ]);
  });

  it("answers field errors, allows words reserved only at the site root, and refuses a taken slug", async () => {
    await createTag({ slug: "energy" });
    const before = await databaseState();
    const bad = await createTagAction({
      name: "",
      slug: "Bad--slug",
      description: "x".repeat(401),
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["description", "name", "slug"]);
    const taken = await createTagAction({ name: "Power", slug: "energy", description: "" });
    expect(taken).toMatchObject({
      ok: false,
      fieldErrors: { slug: expect.stringMatching(/already uses/) },
    });
    expect(await databaseState()).toEqual(before);

    // /tag/search is harmless: only root slugs may not be "search".
    expect((await createTagAction({ name: "Search", slug: "search", description: "" })).ok).toBe(
      true,
    );
  });
});

describe("renaming a tag", () => {
  it("refreshes its pages and rebuilds the search text of every article carrying it", async () => {
    const tag = await createTag({ slug: "g7" });
    const other = await createTag();
    const author = await createAuthor({ name: "Oksana Marchuk" });
    const article = await createArticle({
      tagIds: [tag.id, other.id],
      authorIds: [author.id],
      searchNames: `Tag old · ${other.slug} · Oksana Marchuk`,
    });
    const untouched = await createArticle({ searchNames: "Unrelated" });
    const before = await testDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect((await getPublishedArticle(article.id))?.tags.map((t) => t.slug)).toContain("g7");
    expect(await getTagBySlug("g7")).not.toBeNull();

    const result = await updateTagAction({
      id: tag.id,
      name: "Group of Seven",
      slug: "group-of-seven",
      description: "Leaders' summits.",
    });
    expect(result).toEqual({ ok: true, data: { id: tag.id, slug: "group-of-seven" } });

    const otherTag = await testDb().tag.findUniqueOrThrow({ where: { id: other.id } });
    expect(await searchNamesOf(article.id)).toBe(
      `Group of Seven · ${otherTag.name} · Oksana Marchuk`,
    );
    expect(await searchNamesOf(untouched.id)).toBe("Unrelated");
    expect(await found("seven")).toEqual([article.id]);
    // The names column changed, but the article was not edited.
    const after = await testDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(after.version).toBe(before.version);

    expect((await getPublishedArticle(article.id))?.tags[0]).toMatchObject({
      slug: "group-of-seven",
      name: "Group of Seven",
    });
    expect(await getTagBySlug("g7")).toBeNull();
    expect(await getTagBySlug("group-of-seven")).toMatchObject({
      description: "Leaders' summits.",
    });
    expect((await auditOf("tag", tag.id)).at(-1)).toMatchObject({
      action: "tag.update",
      data: { slug: { from: "g7", to: "group-of-seven" } },
    });
  });

  it("answers a tag that no longer exists", async () => {
    const result = await updateTagAction({ id: "gone", name: "X", slug: "x", description: "" });
    expect(result).toMatchObject({ ok: false, code: "not-found" });
  });
});

describe("deleting a tag", () => {
  it("takes it off its articles, rebuilds their search text and refreshes their pages", async () => {
    const tag = await createTag({ slug: "drones" });
    const article = await createArticle({ tagIds: [tag.id], searchNames: "Tag x" });
    expect((await getPublishedArticle(article.id))?.tags).toHaveLength(1);

    expect(await deleteTagAction({ id: tag.id })).toEqual({
      ok: true,
      data: { id: tag.id, articleCount: 1 },
    });
    expect(await testDb().tag.findUnique({ where: { id: tag.id } })).toBeNull();
    expect(await testDb().articleTag.count({ where: { articleId: article.id } })).toBe(0);
    expect(await searchNamesOf(article.id)).toBe("");
    expect((await getPublishedArticle(article.id))?.tags).toEqual([]);
    expect((await auditOf("tag", tag.id)).map((a) => a.action)).toEqual(["tag.delete"]);
  });
});

describe("who may manage tags", () => {
  it("refuses contributors and authors, and changes nothing", async () => {
    const tag = await createTag();
    await createArticle({ tagIds: [tag.id] });
    const roles = ["CONTRIBUTOR", "AUTHOR"] as const;
    await expectRefusedFor([...roles], () =>
      createTagAction({ name: "New", slug: "", description: "" }),
    );
    await expectRefusedFor([...roles], () =>
      updateTagAction({ id: tag.id, name: "Renamed", slug: "renamed", description: "" }),
    );
    await expectRefusedFor([...roles], () => deleteTagAction({ id: tag.id }));
  });
});
