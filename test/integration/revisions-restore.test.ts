import { describe, expect, it, vi } from "vitest";
import { getPublishedArticle } from "@/lib/articles/queries";
import { restoreRevisionAction } from "@/lib/articles/revisions/actions";
import { getRestoreOutcome, listRevisions } from "@/lib/articles/revisions/queries";
import { actAs, actingStaff, startEachTestAs } from "./acting-staff";
import { testDb } from "./database";
import {
  createArticle,
  createSection,
  createStaff,
  createTag,
  storedArticleFields,
} from "./factories";
import {
  createImage,
  draftWithHistory,
  paragraphs,
  restorableState,
  revisionsOf,
  saveChanges,
} from "./revisions-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs(null);

describe("restoring a revision", () => {
  it("saves the old fields as a new RESTORE version through the ordinary save path", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const tag = await createTag();
    const { id, first, firstSlug } = await draftWithHistory(editor);
    await saveChanges(id, { tagIds: [tag.id], standfirst: "Added later." });
    const before = await storedArticleFields(id);
    const replaced = (await revisionsOf(id)).at(-1)!;

    const result = await restoreRevisionAction({
      articleId: id,
      revisionId: first.id,
      version: before.version,
    });
    expect(result).toEqual({
      ok: true,
      data: {
        id,
        version: before.version + 1,
        restoredFromVersion: first.version,
        notes: [],
        revisionId: expect.any(String),
        replacedRevisionId: replaced.id,
      },
    });
    const after = await storedArticleFields(id);
    expect(after).toMatchObject({
      version: before.version + 1,
      title: "First headline",
      slug: firstSlug,
      standfirst: "",
      tagIds: [],
      body: paragraphs("First text."),
    });
    const row = await testDb().article.findUniqueOrThrow({
      where: { id },
      select: { searchText: true },
    });
    expect(row.searchText).toBe("First text.");
    // A draft's working slug moves: only the restored address remains.
    expect(
      await testDb().route.findMany({ where: { articleId: id }, select: { slug: true } }),
    ).toEqual([{ slug: firstSlug }]);
    expect((await revisionsOf(id)).at(-1)).toMatchObject({
      version: before.version + 1,
      kind: "RESTORE",
      restoredFromVersion: first.version,
      createdById: editor.id,
    });
    expect(
      await testDb().auditLog.findFirst({ where: { action: "article.restore" } }),
    ).toMatchObject({
      actorId: editor.id,
      entityId: id,
      data: { version: before.version + 1, restoredFromVersion: first.version },
    });
    expect(await getRestoreOutcome(editor, id, before.version + 1)).toEqual({
      version: before.version + 1,
      restoredFromVersion: first.version,
      notes: [],
      by: editor.name,
    });
    const listed = await listRevisions(editor, id);
    expect(listed.ok && listed.data.revisions[0]).toMatchObject({
      kind: "RESTORE",
      restoredFromVersion: first.version,
      newest: true,
    });
  });

  it("refuses when the article changed after the page was loaded, and changes nothing", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const { id, first } = await draftWithHistory(editor);
    const seen = (await storedArticleFields(id)).version;
    await saveChanges(id, { title: "Someone else's edit" });
    const state = await restorableState(id);

    const result = await restoreRevisionAction({
      articleId: id,
      revisionId: first.id,
      version: seen,
    });
    expect(result).toMatchObject({
      ok: false,
      code: "conflict",
      conflict: {
        version: seen + 1,
        fields: { title: "Someone else's edit" },
        updatedBy: editor.name,
      },
    });
    expect(await restorableState(id)).toEqual(state);
  });

  it("refuses a version of another article, a missing one, and one that changes nothing", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const { id, first } = await draftWithHistory(editor);
    const other = await draftWithHistory(editor);
    const { version } = await storedArticleFields(id);
    const state = await restorableState(id);
    expect(
      await restoreRevisionAction({ articleId: id, revisionId: other.first.id, version }),
    ).toMatchObject({
      ok: false,
      code: "not-found",
    });
    expect(
      await restoreRevisionAction({ articleId: id, revisionId: "nope", version }),
    ).toMatchObject({
      ok: false,
      code: "not-found",
    });
    const newest = (await revisionsOf(id)).at(-1)!;
    expect(
      await restoreRevisionAction({ articleId: id, revisionId: newest.id, version }),
    ).toMatchObject({
      ok: false,
      code: "invalid",
      error: expect.stringMatching(/already matches/),
    });
    expect(
      await restoreRevisionAction({ articleId: id, revisionId: first.id, version: 0 }),
    ).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await restorableState(id)).toEqual(state);
  });

  it("leaves out what was deleted since, with a note for each", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const section = await createSection();
    const [kept, doomed] = [await createTag(), await createTag()];
    const image = await createImage("Soon gone");
    const { id } = await draftWithHistory(editor);
    await saveChanges(id, {
      title: "Rich version",
      sectionId: section.id,
      tagIds: [kept.id, doomed.id],
      heroImageId: image.id,
      body: {
        type: "doc",
        content: [
          ...paragraphs("Rich text.").content,
          { type: "image", attrs: { mediaId: image.id, alt: "", caption: "", credit: "" } },
        ],
      },
    });
    const rich = (await revisionsOf(id)).at(-1)!;
    await saveChanges(id, {
      title: "Plain",
      sectionId: null,
      tagIds: [],
      heroImageId: null,
      body: paragraphs("Plain."),
    });
    await testDb().tag.delete({ where: { id: doomed.id } });
    await testDb().section.delete({ where: { id: section.id } });
    await testDb().media.delete({ where: { id: image.id } });

    const { version } = await storedArticleFields(id);
    const result = await restoreRevisionAction({ articleId: id, revisionId: rich.id, version });
    if (!result.ok) throw new Error(result.error);
    expect(result.data.notes).toHaveLength(4);
    // The notes are kept with the restore's audit row, for the page after it.
    const outcome = await getRestoreOutcome(editor, id, result.data.version);
    expect(outcome?.notes).toEqual(result.data.notes);
    expect(
      await getRestoreOutcome(await createStaff({ role: "CONTRIBUTOR" }), id, result.data.version),
    ).toBeNull();
    expect(result.data.notes.join(" ")).toMatch(
      /section .* no longer exists.*1 tag .*hero image.*1 image in the body/,
    );
    expect(await storedArticleFields(id)).toMatchObject({
      title: "Rich version",
      sectionId: null,
      tagIds: [kept.id],
      heroImageId: null,
      body: paragraphs("Rich text."),
    });
  });

  it("puts a published article's old text back on the site at once", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const article = await createArticle({ title: "Live headline", authorIds: [editor.authorId!] });
    actAs(editor);
    await saveChanges(article.id, { title: "Live headline, first edit" });
    const firstEdit = (await revisionsOf(article.id)).at(-1)!;
    await saveChanges(article.id, { title: "Live headline, second edit" });
    // Read (and cache) the public article before the restore.
    expect((await getPublishedArticle(article.id))?.title).toBe("Live headline, second edit");

    const { version } = await storedArticleFields(article.id);
    expect(
      await restoreRevisionAction({ articleId: article.id, revisionId: firstEdit.id, version }),
    ).toMatchObject({ ok: true });
    expect((await getPublishedArticle(article.id))?.title).toBe("Live headline, first edit");
  });
});
