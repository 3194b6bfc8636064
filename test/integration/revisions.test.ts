import { describe, expect, it, vi } from "vitest";
import { createArticleAction, submitArticleAction } from "@/lib/articles/editing/actions";
import { REVISION_PAGE_SIZE } from "@/lib/articles/revisions/dto";
import { compareRevisions, listRevisions } from "@/lib/articles/revisions/queries";
import { actAs, actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import {
  createArticle,
  createSection,
  createStaff,
  createTag,
  storedArticleFields,
} from "./factories";
import { createImage, paragraphs, revisionsOf, saveChanges } from "./revisions-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs(null);

async function startDraft(title = "Harbour cranes return") {
  const created = await createArticleAction({ title, type: "NEWS" });
  if (!created.ok) throw new Error(created.error);
  return created.data.id;
}

describe("the revision list", () => {
  it("lists who saved what and when, newest first, with autosaves folded", async () => {
    const writer = await createStaff({ role: "AUTHOR" });
    const editor = await createStaff({ role: "EDITOR" });
    actAs(writer);
    const id = await startDraft();
    await saveChanges(id, { title: "First" });
    await saveChanges(id, { title: "Typing" }, "autosave");
    await saveChanges(id, { title: "Typing more" }, "autosave");
    actAs(editor);
    await saveChanges(id, { title: "Edited" });

    const result = await listRevisions(editor, id);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.revisions.map((r) => [r.version, r.kind, r.by, r.newest])).toEqual([
      [5, "SAVE", editor.name, true],
      [4, "AUTOSAVE", writer.name, false],
      [2, "SAVE", writer.name, false],
    ]);
    expect(result.data).toMatchObject({
      article: { id, title: "Edited", status: "DRAFT", version: 5 },
      canRestore: true,
      total: 3,
      page: 1,
      pageCount: 1,
      newestId: result.data.revisions[0]?.id,
      previousId: result.data.revisions[1]?.id,
    });
    expect(Date.parse(result.data.revisions[0]!.createdAt)).not.toBeNaN();
  });

  it("pages through a long history", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    actAs(editor);
    const id = await startDraft();
    for (let i = 1; i <= REVISION_PAGE_SIZE + 3; i++) await saveChanges(id, { title: `Take ${i}` });
    const first = await listRevisions(editor, id, 1);
    const second = await listRevisions(editor, id, 2);
    const beyond = await listRevisions(editor, id, 99);
    if (!first.ok || !second.ok || !beyond.ok) throw new Error("not listed");
    expect(first.data).toMatchObject({ total: REVISION_PAGE_SIZE + 3, pageCount: 2 });
    expect(first.data.revisions).toHaveLength(REVISION_PAGE_SIZE);
    expect(second.data.revisions.map((r) => r.version)).toEqual([4, 3, 2]);
    expect(beyond.data.page).toBe(2);
  });

  it("is shown to those who may edit or preview the article, and nobody else", async () => {
    const owner = await createStaff({ role: "CONTRIBUTOR" });
    const other = await createStaff({ role: "CONTRIBUTOR" });
    const author = await createStaff({ role: "AUTHOR" });
    actAs(owner);
    const id = await startDraft();
    const version = await saveChanges(id, { title: "Mine" });
    expect(await submitArticleAction({ id, version })).toMatchObject({ ok: true });

    // Submitted: the contributor may still read the history, not restore.
    expect(await listRevisions(owner, id)).toMatchObject({ ok: true, data: { canRestore: false } });
    expect(await listRevisions(other, id)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await listRevisions(author, id)).toMatchObject({ ok: false, code: "forbidden" });
    const [revision] = await revisionsOf(id);
    expect(await compareRevisions(other, id, revision!.id, revision!.id)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await listRevisions(owner, "missing")).toMatchObject({ ok: false, code: "not-found" });
  });
});

describe("comparing two revisions", () => {
  it("shows every field by name, the body block by block with word changes", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const guest = await testDb().author.create({ data: { slug: "guest", name: "Guest Writer" } });
    const [war, analysis] = [
      await createSection({ name: "War" }),
      await createSection({ name: "Analysis" }),
    ];
    const [t1, t2, t3] = [await createTag(), await createTag(), await createTag()];
    const [hero, other] = [await createImage("Cranes at dawn"), await createImage("Empty quay")];
    const related = await createArticle({ title: "Editorial: Hold the line" });
    actAs(editor);
    const id = await startDraft();
    const common = await storedArticleFields(id);
    const from = await saveChanges(id, {
      title: "Cranes return to the harbour",
      standfirst: "Work resumed on Monday.",
      slug: "cranes-harbour",
      sectionId: war.id,
      tagIds: [t1.id, t2.id],
      authorIds: [...common.authorIds],
      heroImageId: hero.id,
      heroAlt: "Cranes",
      heroCaption: "At dawn.",
      heroCredit: "AP",
      seoTitle: "Cranes",
      seoDescription: "Harbour reopens.",
      seoImageId: hero.id,
      body: {
        type: "doc",
        content: [
          ...paragraphs("Shelling hit the city overnight.", "An aside that goes.").content,
          {
            type: "image",
            attrs: { mediaId: hero.id, alt: "Cranes", caption: "Old caption", credit: "AP" },
          },
        ],
      },
    });
    const to = await saveChanges(id, {
      title: "Cranes return to the port",
      standfirst: "Work resumed on Tuesday.",
      slug: "cranes-port",
      type: "ANALYSIS",
      sectionId: analysis.id,
      tagIds: [t2.id, t3.id],
      authorIds: [...common.authorIds, guest.id],
      heroImageId: other.id,
      heroAlt: "Quay",
      heroCaption: "At noon.",
      heroCredit: "Reuters",
      seoTitle: "Port",
      seoDescription: "Port reopens.",
      seoImageId: null,
      featured: true,
      editorsPick: true,
      body: {
        type: "doc",
        content: [
          ...paragraphs("Shelling hit the port overnight.").content,
          {
            type: "image",
            attrs: { mediaId: hero.id, alt: "Cranes", caption: "New caption", credit: "AP" },
          },
          { type: "relatedArticle", attrs: { articleId: related.id } },
        ],
      },
    });
    const revisions = await revisionsOf(id);
    const older = revisions.find((r) => r.version === from)!;
    const newer = revisions.find((r) => r.version === to)!;

    // Asked in either order, the older version comes first.
    const result = await compareRevisions(editor, id, newer.id, older.id);
    if (!result.ok) throw new Error(result.error);
    expect([result.data.from.version, result.data.to.version]).toEqual([from, to]);
    const { changes, unchanged } = result.data.diff;
    expect(unchanged).toEqual([]);
    const byKey = Object.fromEntries(changes.map((change) => [change.key, change]));
    expect(byKey.title).toMatchObject({
      kind: "text",
      parts: expect.arrayContaining([
        { kind: "removed", text: "harbour" },
        { kind: "added", text: "port" },
      ]),
    });
    expect(byKey.slug).toMatchObject({ before: "/cranes-harbour", after: "/cranes-port" });
    expect(byKey.type).toMatchObject({ before: "News", after: "Analysis" });
    expect(byKey.sectionId).toMatchObject({ before: "War", after: "Analysis" });
    expect(byKey.tagIds).toMatchObject({
      items: [
        { kind: "removed", text: t1.name },
        { kind: "same", text: t2.name },
        { kind: "added", text: t3.name },
      ],
    });
    expect(byKey.authorIds).toMatchObject({
      items: [
        { kind: "same", text: editor.name },
        { kind: "added", text: "Guest Writer" },
      ],
    });
    expect(byKey.heroImageId).toMatchObject({
      kind: "image",
      before: { label: "Cranes at dawn", src: expect.stringMatching(/^\/media\//) },
      after: { label: "Empty quay" },
    });
    expect(byKey.seoImageId).toMatchObject({ after: { label: "No image", src: null } });
    for (const key of [
      "standfirst",
      "heroAlt",
      "heroCaption",
      "heroCredit",
      "seoTitle",
      "seoDescription",
    ]) {
      expect(byKey[key]).toMatchObject({ kind: "text" });
    }
    expect(byKey.featured).toMatchObject({ before: "No", after: "Yes" });
    expect(byKey.editorsPick).toMatchObject({ before: "No", after: "Yes" });
    const body = byKey.body;
    if (body?.kind !== "body") throw new Error("no body change");
    expect(body.blocks.map((block) => [block.kind, block.label])).toEqual([
      ["changed", "Paragraph"],
      ["removed", "Paragraph"],
      ["changed", "Image"],
      ["added", "Related article"],
    ]);
    expect(body.blocks[0]).toMatchObject({
      parts: [
        { kind: "same", text: "Shelling hit the " },
        { kind: "removed", text: "city" },
        { kind: "added", text: "port" },
        { kind: "same", text: " overnight." },
      ],
    });
    expect(body.blocks[3]).toMatchObject({ text: "Editorial: Hold the line" });

    // A version compared with itself has no changes; an id of another article is not found.
    const same = await compareRevisions(editor, id, older.id, older.id);
    expect(same.ok && same.data.diff.changes).toEqual([]);
    const elsewhere = await startDraft("Another story");
    await saveChanges(elsewhere, { title: "Another" });
    const [foreign] = await revisionsOf(elsewhere);
    expect(await compareRevisions(editor, id, older.id, foreign!.id)).toMatchObject({
      ok: false,
      code: "not-found",
    });
  });

  it("names things deleted since, and reads seeded snapshots that name tags by slug", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const tag = await createTag({ slug: "ukraine" });
    const doomed = await createTag();
    actAs(editor);
    const id = await startDraft();
    await testDb().revision.create({
      data: {
        articleId: id,
        version: 90,
        kind: "PUBLISH",
        snapshot: {
          title: "Seeded",
          slug: "seeded",
          tagSlugs: ["ukraine"],
          authorSlugs: [],
          body: paragraphs("Hi"),
        },
      },
    });
    await testDb().revision.create({
      data: {
        articleId: id,
        version: 91,
        kind: "SAVE",
        snapshot: { title: "Seeded", slug: "seeded", tagIds: [doomed.id], body: paragraphs("Hi") },
      },
    });
    await testDb().tag.delete({ where: { id: doomed.id } });
    const revisions = await revisionsOf(id);
    const result = await compareRevisions(editor, id, revisions.at(-2)!.id, revisions.at(-1)!.id);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.diff.changes).toEqual([
      {
        key: "tagIds",
        label: "Tags",
        kind: "list",
        items: [
          { kind: "removed", text: tag.name },
          { kind: "added", text: "A deleted tag" },
        ],
      },
    ]);
  });
});
