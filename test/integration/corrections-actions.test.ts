import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  addCorrectionAction,
  editCorrectionAction,
  removeCorrectionAction,
} from "@/lib/articles/corrections/actions";
import { toZonedInputValue } from "@/lib/dates/zoned-time";
import { getArticleEditorData } from "@/lib/articles/editing/editor-data";
import type { Staff } from "@/lib/auth/session";
import { actAs, actingStaff } from "./acting-staff";
import { ago, noteState } from "./corrections-support";
import { testDb, truncateAll } from "./database";
import { createArticle, createStaff } from "./factories";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

const ZONE = "Europe/Kyiv";
const TEXT = "An earlier version of this article misstated the number of drones.";

beforeEach(async () => {
  await truncateAll();
  actAs(null);
  await testDb().siteSettings.create({ data: { id: 1, name: "Dispatch", timezone: ZONE } });
});

const published = (authorId?: string | null) =>
  createArticle({ publishedAt: ago(120), authorIds: authorId ? [authorId] : [] });

async function add(staff: Staff, articleId: string, extra: Record<string, string> = {}) {
  actAs(staff);
  return addCorrectionAction({ articleId, kind: "CORRECTION", text: TEXT, ...extra });
}

async function addedNoteId(staff: Staff, articleId: string): Promise<string> {
  const result = await add(staff, articleId);
  if (!result.ok) throw new Error(result.error);
  return result.data.notes.at(-1)!.id;
}

describe("who may add, reword and remove notes", () => {
  it("refuses contributors, even on their own published article, and changes nothing", async () => {
    const contributor = await createStaff({ role: "CONTRIBUTOR" });
    const article = await published(contributor.authorId);
    const before = await noteState(article.id);
    const result = await add(contributor, article.id);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await noteState(article.id)).toEqual(before);
  });

  it("lets authors correct and reword notes on their own articles only, and never remove", async () => {
    const author = await createStaff({ role: "AUTHOR" });
    const editor = await createStaff({ role: "EDITOR" });
    const mine = await published(author.authorId);
    const theirs = await published();

    const added = await add(author, mine.id);
    expect(added).toMatchObject({ ok: true });
    const noteId = (await noteState(mine.id)).notes[0]!.id;
    actAs(author);
    expect(
      await editCorrectionAction({ id: noteId, text: `${TEXT} It was 40, not 14.` }),
    ).toMatchObject({ ok: true });

    const untouched = await noteState(theirs.id);
    expect(await add(author, theirs.id)).toMatchObject({ ok: false, code: "forbidden" });
    const foreignNote = await addedNoteId(editor, theirs.id);
    const withNote = await noteState(theirs.id);
    expect(withNote.notes).toHaveLength(untouched.notes.length + 1);
    actAs(author);
    expect(
      await editCorrectionAction({ id: foreignNote, text: "Reworded by someone else." }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await removeCorrectionAction({ id: noteId })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await noteState(theirs.id)).toEqual(withNote);
    expect((await noteState(mine.id)).notes).toHaveLength(1);
  });

  it("lets editors and admins add, reword and remove on any article", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const admin = await createStaff({ role: "ADMIN" });
    const article = await published();
    const first = await addedNoteId(editor, article.id);
    const second = await addedNoteId(admin, article.id);

    actAs(editor);
    const removed = await removeCorrectionAction({ id: second });
    expect(removed.ok && removed.data.notes.map((n) => n.id)).toEqual([first]);
    actAs(admin);
    expect(await removeCorrectionAction({ id: first })).toMatchObject({ ok: true });
    expect((await noteState(article.id)).notes).toEqual([]);
    expect(await removeCorrectionAction({ id: first })).toMatchObject({ code: "not-found" });
  });

  it("refuses signed-out callers", async () => {
    const article = await published();
    actAs(null);
    expect(
      await addCorrectionAction({ articleId: article.id, kind: "UPDATE", text: TEXT }),
    ).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("gives the editor the notes and what this person may do with them", async () => {
    const author = await createStaff({ role: "AUTHOR" });
    const editor = await createStaff({ role: "EDITOR" });
    const article = await published(author.authorId);
    await addedNoteId(editor, article.id);
    const forAuthor = await getArticleEditorData(author, article.id);
    const forEditor = await getArticleEditorData(editor, article.id);
    expect(forAuthor.ok && forAuthor.data.corrections).toMatchObject({
      notes: [{ kind: "CORRECTION", text: TEXT, createdBy: editor.name }],
      canAdd: true,
      canEdit: true,
      canRemove: false,
      timeZone: ZONE,
    });
    expect(forEditor.ok && forEditor.data.corrections).toMatchObject({ canRemove: true });
  });
});

describe("what a note may say and when", () => {
  it("takes notes on published articles only", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    for (const status of ["DRAFT", "IN_REVIEW", "UNPUBLISHED"] as const) {
      const article = await createArticle({ status, publishedAt: null });
      expect(await add(editor, article.id), status).toMatchObject({ ok: false, code: "invalid" });
      expect((await noteState(article.id)).notes, status).toEqual([]);
    }
    expect(await add(editor, "no-such-article")).toMatchObject({ code: "not-found" });
  });

  it("answers bad text and times with field errors and writes nothing", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const article = await published();
    const before = await noteState(article.id);
    const cases: [Record<string, string>, string][] = [
      [{ text: "Too short" }, "text"],
      [{ text: "   \n  " }, "text"],
      [{ text: "x".repeat(2001) }, "text"],
      [{ text: "We fixed <b>this</b> figure in the story." }, "text"],
      [{ text: `${TEXT}\u0007` }, "text"],
      [{ kind: "RETRACTION" }, "kind"],
      [{ publishedAt: "yesterday" }, "publishedAt"],
      [{ publishedAt: toZonedInputValue(new Date(Date.now() + 3_600_000), ZONE) }, "publishedAt"],
      [{ publishedAt: toZonedInputValue(ago(24 * 60), ZONE) }, "publishedAt"],
      // Clocks in Kyiv skip from 03:00 to 04:00 on 29 March 2026.
      [{ publishedAt: "2026-03-29T03:30" }, "publishedAt"],
    ];
    for (const [input, field] of cases) {
      const result = await add(editor, article.id, input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, code: "invalid" });
      expect(!result.ok && result.fieldErrors?.[field], JSON.stringify(input)).toBeTruthy();
    }
    expect(await noteState(article.id)).toEqual(before);
    // The skipped time is refused with the gap named, as the schedule dialog does.
    const skipped = await add(editor, article.id, { publishedAt: "2026-03-29T03:30" });
    expect(!skipped.ok && skipped.fieldErrors?.publishedAt).toBe(
      "On 2026-03-29 the clocks in Europe/Kyiv go from 03:00 straight to 04:00, so 03:30 does not exist there. Choose a time before 03:00 or from 04:00.",
    );

    const noteId = await addedNoteId(editor, article.id);
    actAs(editor);
    const reworded = await editCorrectionAction({ id: noteId, text: "short" });
    expect(reworded).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { text: expect.any(String) },
    });
    expect((await noteState(article.id)).notes[0]?.text).toBe(TEXT);
  });

  it("tidies whitespace into one paragraph of plain text", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const article = await published();
    const result = await add(editor, article.id, {
      text: "  An earlier version\n\nmisspelled   a name.  ",
    });
    expect(result.ok && result.data.notes[0]?.text).toBe("An earlier version misspelled a name.");
  });

  it("dates a note earlier when asked, on the newsroom's clock, never moving Updated back", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const article = await published();
    const earlier = toZonedInputValue(ago(60), ZONE);
    const first = await add(editor, article.id, { publishedAt: earlier });
    expect(first).toMatchObject({ ok: true });
    const afterFirst = await noteState(article.id);
    const time = afterFirst.notes[0]!.publishedAt;
    expect(toZonedInputValue(time, ZONE)).toBe(earlier);
    expect(time.getUTCSeconds()).toBe(0);
    expect(afterFirst.substantiveUpdatedAt).toEqual(time);

    await add(editor, article.id);
    const latest = (await noteState(article.id)).substantiveUpdatedAt!;
    expect(latest.getTime()).toBeGreaterThan(time.getTime());
    await add(editor, article.id, { publishedAt: toZonedInputValue(ago(90), ZONE) });
    expect((await noteState(article.id)).substantiveUpdatedAt).toEqual(latest);
  });
});

describe("the audit log", () => {
  it("records each note added, reworded (before and after) and removed (with its text)", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const article = await published();
    const noteId = await addedNoteId(editor, article.id);
    actAs(editor);
    await editCorrectionAction({ id: noteId, text: "The figure was 40 drones, not 14." });
    // Rewording to the same text changes nothing and records nothing.
    await editCorrectionAction({ id: noteId, text: "The figure was 40 drones, not 14." });
    await removeCorrectionAction({ id: noteId });

    const { audits } = await noteState(article.id);
    expect(audits).toEqual([
      {
        action: "article.correction-add",
        actorId: editor.id,
        data: expect.objectContaining({ correctionId: noteId, kind: "CORRECTION", text: TEXT }),
      },
      {
        action: "article.correction-edit",
        actorId: editor.id,
        data: expect.objectContaining({ before: TEXT, after: "The figure was 40 drones, not 14." }),
      },
      {
        action: "article.correction-remove",
        actorId: editor.id,
        data: expect.objectContaining({
          correctionId: noteId,
          text: "The figure was 40 drones, not 14.",
          createdById: editor.id,
        }),
      },
    ]);
  });
});
