import { describe, expect, it, vi } from "vitest";
import { getPublishedArticle } from "@/lib/articles/queries";
import { createAuthorAction, deleteAuthorAction, updateAuthorAction } from "@/lib/authors/actions";
import { getAuthorBySlug } from "@/lib/authors/queries";
import { readSearchParams } from "@/lib/search/params";
import { searchArticles } from "@/lib/search/queries";
import { actAs, actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import { createArticle, createAuthor, createStaff, createTag } from "./factories";
import { auditOf, databaseState, expectRefusedFor } from "./manage-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs("EDITOR");

const guest = {
  name: "Clare Whitcombe",
  slug: "",
  jobTitle: "Guest contributor",
  bio: "Writes about energy.",
  links: [
    { kind: "website" as const, url: "https://example.com/clare" },
    { kind: "email" as const, url: "clare@example.com" },
  ],
  staffUserId: "",
};

async function unlinkedAccount() {
  const staff = await createStaff({ role: "AUTHOR" });
  await testDb().author.updateMany({
    where: { staffUserId: staff.id },
    data: { staffUserId: null },
  });
  return staff;
}

describe("creating an author", () => {
  it("creates a guest byline with tidy links", async () => {
    const result = await createAuthorAction(guest);
    expect(result).toMatchObject({ ok: true, data: { slug: "clare-whitcombe" } });
    if (!result.ok) return;
    const author = await testDb().author.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(author).toMatchObject({ staffUserId: null, jobTitle: "Guest contributor" });
    expect(author.links).toEqual([
      { kind: "website", url: "https://example.com/clare" },
      { kind: "email", url: "mailto:clare@example.com" },
    ]);
    expect(await auditOf("author", author.id)).toEqual([
      expect.objectContaining({ action: "author.create", actorId: actingStaff()?.id }),
    ]);
  });

  it("links a staff account, once, and only when the actor manages staff", async () => {
    const account = await unlinkedAccount();
    // Linking makes the byline's articles the account's own: an admin's call.
    expect(await createAuthorAction({ ...guest, staffUserId: account.id })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    actAs(await createStaff({ role: "ADMIN" }));
    const first = await createAuthorAction({ ...guest, staffUserId: account.id });
    expect(first.ok).toBe(true);
    const second = await createAuthorAction({ ...guest, slug: "clare-2", staffUserId: account.id });
    expect(second).toMatchObject({
      ok: false,
      fieldErrors: { staffUserId: "This account already writes as “Clare Whitcombe”." },
    });
    const missing = await createAuthorAction({
      ...guest,
      slug: "clare-3",
      staffUserId: "no-such-account",
    });
    expect(missing).toMatchObject({
      fieldErrors: { staffUserId: expect.stringMatching(/no longer exists/) },
    });
  });

  it("answers field errors next to each field, links included", async () => {
    await createAuthor({ slug: "taken" });
    const before = await databaseState();
    const result = await createAuthorAction({
      ...guest,
      name: "",
      slug: "taken",
      links: [
        { kind: "x", url: "javascript:alert(1)" },
        { kind: "email", url: "not an address" },
        { kind: "fax" as "x", url: "https://example.com" },
      ],
    });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "links.0.url",
      "links.1.url",
      "links.2.kind",
      "name",
    ]);
    const taken = await createAuthorAction({ ...guest, slug: "taken" });
    expect(taken).toMatchObject({
      fieldErrors: { slug: expect.stringMatching(/already uses this slug/) },
    });
    expect(await databaseState()).toEqual(before);
  });
});

describe("editing an author", () => {
  it("renames the byline everywhere it shows and in the search text of its articles", async () => {
    const author = await createAuthor({ slug: "o-marchuk", name: "O. Marchuk" });
    const tag = await createTag();
    const article = await createArticle({ authorIds: [author.id], tagIds: [tag.id] });
    expect((await getPublishedArticle(article.id))?.authors[0]?.name).toBe("O. Marchuk");
    expect(await getAuthorBySlug("o-marchuk")).not.toBeNull();

    const result = await updateAuthorAction({
      ...guest,
      id: author.id,
      name: "Oksana Marchuk",
      slug: "oksana-marchuk",
      links: [],
    });
    expect(result).toEqual({ ok: true, data: { id: author.id, slug: "oksana-marchuk" } });

    const tagName = (await testDb().tag.findUniqueOrThrow({ where: { id: tag.id } })).name;
    const row = await testDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.searchNames).toBe(`${tagName} · Oksana Marchuk`);
    const hits = await searchArticles(readSearchParams({ q: "Oksana" }), "UTC");
    expect(hits.hits.map((hit) => hit.article.id)).toEqual([article.id]);
    expect((await getPublishedArticle(article.id))?.authors[0]?.name).toBe("Oksana Marchuk");
    expect(await getAuthorBySlug("o-marchuk")).toBeNull();
    expect(await getAuthorBySlug("oksana-marchuk")).toMatchObject({
      jobTitle: "Guest contributor",
    });
    expect((await auditOf("author", author.id)).at(-1)).toMatchObject({
      action: "author.update",
      data: { name: { from: "O. Marchuk", to: "Oksana Marchuk" } },
    });
  });

  it("links and unlinks a staff account", async () => {
    const author = await createAuthor();
    const account = await unlinkedAccount();
    const fields = { ...guest, id: author.id, slug: author.slug };
    expect(await updateAuthorAction({ ...fields, staffUserId: account.id })).toMatchObject({
      code: "forbidden",
    });
    actAs(await createStaff({ role: "ADMIN" }));
    expect((await updateAuthorAction({ ...fields, staffUserId: account.id })).ok).toBe(true);
    expect(
      (await testDb().author.findUniqueOrThrow({ where: { id: author.id } })).staffUserId,
    ).toBe(account.id);
    expect((await updateAuthorAction({ ...fields, staffUserId: "" })).ok).toBe(true);
    expect(
      (await testDb().author.findUniqueOrThrow({ where: { id: author.id } })).staffUserId,
    ).toBeNull();
  });
});

describe("deleting an author", () => {
  it("refuses a byline with articles, and deletes one without", async () => {
    const credited = await createAuthor({ name: "Credited" });
    await createArticle({ authorIds: [credited.id], status: "DRAFT" });
    const before = await databaseState();
    expect(await deleteAuthorAction({ id: credited.id })).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringMatching(/credited on 1 article\b/),
    });
    expect(await databaseState()).toEqual(before);

    const unused = await createAuthor();
    expect(await deleteAuthorAction({ id: unused.id })).toEqual({
      ok: true,
      data: { id: unused.id },
    });
    expect(await testDb().author.findUnique({ where: { id: unused.id } })).toBeNull();
    expect((await auditOf("author", unused.id)).map((a) => a.action)).toEqual(["author.delete"]);
  });
});

describe("who may manage authors", () => {
  it("refuses contributors and authors, and changes nothing", async () => {
    const author = await createAuthor();
    const roles = ["CONTRIBUTOR", "AUTHOR"] as const;
    await expectRefusedFor([...roles], () => createAuthorAction(guest));
    await expectRefusedFor([...roles], () =>
      updateAuthorAction({ ...guest, id: author.id, name: "Renamed" }),
    );
    await expectRefusedFor([...roles], () => deleteAuthorAction({ id: author.id }));
  });
});
