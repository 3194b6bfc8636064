import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveArticleAction } from "@/lib/articles/editing/actions";
import { fieldsOf, loadArticleState } from "@/lib/articles/editing/state";
import { getPublishedArticle } from "@/lib/articles/queries";
import { deleteMediaAction, updateMediaTextAction } from "@/lib/media/actions";
import { getMediaDetail } from "@/lib/media/detail-queries";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createArticle, createStaff } from "./factories";
import {
  bodyWithImage,
  giveFileItsOwnMediaFolder,
  postUpload,
  readStored,
  solidImage,
  uploadAs,
} from "./media-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

giveFileItsOwnMediaFolder("library");

beforeEach(async () => {
  await truncateAll();
});

const mediaState = () =>
  testDb().media.findMany({
    orderBy: { id: "asc" },
    select: { id: true, alt: true, caption: true, credit: true, updatedAt: true },
  });

describe("editing an image's alt text, caption and credit", () => {
  it("reaches every placement that did not write its own text", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const image = await uploadAs(editor, { alt: "Old alt", credit: "Old credit" });
    const article = await createArticle({ body: bodyWithImage(image.id) });
    await testDb().article.update({
      where: { id: article.id },
      data: { heroImageId: image.id, heroCredit: "Own hero credit" },
    });
    const before = await getPublishedArticle(article.id);
    expect(before?.hero).toMatchObject({ alt: "Old alt", credit: "Own hero credit" });

    const result = await updateMediaTextAction({
      id: image.id,
      alt: "  Rescuers at the station  ",
      caption: "Kyiv, at dawn.",
      credit: "New credit",
    });
    expect(result).toEqual({ ok: true, data: { id: image.id } });

    // The cached page was refreshed: the library's text shows where nothing overrode it.
    const after = await getPublishedArticle(article.id);
    expect(after?.hero).toMatchObject({
      alt: "Rescuers at the station",
      caption: "Kyiv, at dawn.",
      credit: "Own hero credit",
    });
    expect(after?.bodyMedia[image.id]).toMatchObject({ alt: "Rescuers at the station" });
    const audit = await testDb().auditLog.findMany({
      where: { entityType: "media", entityId: image.id, action: "media.update" },
      select: { actorId: true, data: true },
    });
    expect(audit).toEqual([
      {
        actorId: editor.id,
        data: {
          alt: { from: "Old alt", to: "Rescuers at the station" },
          caption: { from: "", to: "Kyiv, at dawn." },
          credit: { from: "Old credit", to: "New credit" },
        },
      },
    ]);
  });

  it("answers field errors and changes nothing", async () => {
    const image = await uploadAs(await createStaff({ role: "EDITOR" }));
    const before = await mediaState();
    const result = await updateMediaTextAction({
      id: image.id,
      alt: "x".repeat(501),
      caption: "",
      credit: "y".repeat(301),
    });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["alt", "credit"]);
    expect(await mediaState()).toEqual(before);
  });

  it("lets authors edit what they may see, refuses contributors, and hides the rest", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const author = await createStaff({ role: "AUTHOR" });
    const contributor = await createStaff({ role: "CONTRIBUTOR" });
    const ownUpload = await uploadAs(author);
    const embargoed = await uploadAs(editor, { caption: "Embargoed" });
    const text = { alt: "Changed", caption: "", credit: "" };
    const before = await mediaState();

    actAs(contributor);
    expect(await updateMediaTextAction({ id: ownUpload.id, ...text })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    actAs(author);
    expect(await updateMediaTextAction({ id: embargoed.id, ...text })).toMatchObject({
      ok: false,
      code: "not-found",
    });
    expect(await mediaState()).toEqual(before);

    expect((await updateMediaTextAction({ id: ownUpload.id, ...text })).ok).toBe(true);
    actAs(await createStaff({ role: "ADMIN" }));
    expect((await updateMediaTextAction({ id: embargoed.id, ...text })).ok).toBe(true);
  });
});

describe("deleting an image", () => {
  async function expectRefusedWhileUsed(id: string, message: RegExp) {
    actAs(await createStaff({ role: "EDITOR" }));
    const before = await mediaState();
    const result = await deleteMediaAction({ id });
    expect(result).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringMatching(message),
    });
    expect(await mediaState()).toEqual(before);
  }

  it("is refused while a hero, a sharing image, an article's text or a byline uses it", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const image = await uploadAs(editor);
    const hero = await createArticle({ title: "Hero story", status: "DRAFT" });
    await testDb().article.update({ where: { id: hero.id }, data: { heroImageId: image.id } });
    await expectRefusedWhileUsed(image.id, /used in 1 place: as the hero image of “Hero story”/);

    await testDb().article.update({ where: { id: hero.id }, data: { heroImageId: null } });
    const seo = await createArticle({ title: "Shared story" });
    await testDb().article.update({ where: { id: seo.id }, data: { seoImageId: image.id } });
    await expectRefusedWhileUsed(image.id, /as the sharing image of “Shared story”/);

    await testDb().article.update({ where: { id: seo.id }, data: { seoImageId: null } });
    await createArticle({ title: "Body story", body: bodyWithImage(image.id) });
    await expectRefusedWhileUsed(image.id, /in the text of “Body story”/);

    await testDb().article.deleteMany({});
    const author = await testDb().author.create({
      data: { slug: "olena", name: "Olena Petrenko", avatarId: image.id },
    });
    await expectRefusedWhileUsed(image.id, /as the picture of Olena Petrenko/);

    await testDb().author.update({ where: { id: author.id }, data: { avatarId: null } });
    // The id in a link or in text is not a use: only an image block is.
    await createArticle({
      body: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: `"mediaId":"${image.id}"` }] },
        ],
      },
    });
    const row = await testDb().media.findUniqueOrThrow({ where: { id: image.id } });
    const keys = [row.storageKey, ...(row.variants as { key: string }[]).map((v) => v.key)];
    expect(keys.length).toBeGreaterThan(1);
    const result = await deleteMediaAction({ id: image.id });
    expect(result).toEqual({ ok: true, data: { id: image.id } });
    expect(await testDb().media.count()).toBe(0);
    for (const key of keys) expect(await readStored(`/media/${key}`), key).toBeNull();
    expect(
      await testDb().auditLog.count({ where: { action: "media.delete", entityId: image.id } }),
    ).toBe(1);
  });

  it("lists every place at once, and is for editors and admins only", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const image = await uploadAs(editor);
    const article = await createArticle({ title: "Both", body: bodyWithImage(image.id) });
    await testDb().article.update({ where: { id: article.id }, data: { heroImageId: image.id } });
    await expectRefusedWhileUsed(
      image.id,
      /used in 2 places: as the hero image of “Both” and in the text of “Both”/,
    );

    const unused = await uploadAs(editor);
    for (const role of ["AUTHOR", "CONTRIBUTOR"] as const) {
      const staff = await createStaff({ role });
      const own = await uploadAs(staff);
      const before = await mediaState();
      for (const id of [unused.id, own.id]) {
        expect(await deleteMediaAction({ id }), role).toMatchObject({
          ok: false,
          code: "forbidden",
        });
      }
      expect(await mediaState()).toEqual(before);
    }
    actAs(await createStaff({ role: "ADMIN" }));
    expect((await deleteMediaAction({ id: unused.id })).ok).toBe(true);
    // A second delete finds nothing, and says so.
    expect(await deleteMediaAction({ id: unused.id })).toMatchObject({ code: "not-found" });
  });

  it("names a few places of a much-used image and counts the rest", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const image = await uploadAs(editor);
    for (let i = 0; i < 24; i++) {
      const article = await createArticle({ title: `Story ${i}` });
      await testDb().article.update({ where: { id: article.id }, data: { heroImageId: image.id } });
    }
    await expectRefusedWhileUsed(
      image.id,
      /used in 24 places: as the hero image of “Story \d+”, “Story \d+”, “Story \d+” and 21 more\. Take it out/,
    );
    const detail = await getMediaDetail(editor, image.id);
    expect(detail?.usage.hero.places).toHaveLength(20);
    expect(detail?.usage).toMatchObject({ hero: { more: 4 }, total: 24 });
  });

  it("lets the same bytes come back after a delete, files and all", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const data = await solidImage(1000, 700, "png");
    const first = await postUpload(data);
    if (!first.body.ok) throw new Error(first.body.error);
    expect((await deleteMediaAction({ id: first.body.data.id })).ok).toBe(true);
    expect(await readStored(first.body.data.src)).toBeNull();
    const again = await postUpload(data);
    expect(again).toMatchObject({ status: 201, body: { ok: true, data: { duplicate: false } } });
    expect(await readStored(first.body.data.src)).not.toBeNull();
  });
});

describe("placing an image as a hero", () => {
  it("is refused below 200 pixels on the shorter edge, saying the dimensions", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    actAs(editor);
    const small = await postUpload(await solidImage(600, 150, "png"));
    const large = await postUpload(await solidImage(600, 400, "png"));
    if (!small.body.ok || !large.body.ok) throw new Error("upload failed");
    const article = await createArticle({ status: "DRAFT" });
    const state = await loadArticleState(testDb(), article.id);
    const fields = fieldsOf(state!);
    const save = (heroImageId: string) =>
      saveArticleAction({
        id: article.id,
        version: state!.version,
        mode: "save",
        fields: { ...fields, heroImageId },
      });

    expect(await save(small.body.data.id)).toMatchObject({
      ok: false,
      fieldErrors: {
        heroImageId:
          "A hero image needs at least 200 pixels on its shorter edge; this one is 600×150.",
      },
    });
    expect((await save(large.body.data.id)).ok).toBe(true);
  });
});
