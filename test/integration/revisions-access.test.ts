import { describe, expect, it, vi } from "vitest";
import { submitArticleAction } from "@/lib/articles/editing/actions";
import { restoreRevisionAction } from "@/lib/articles/revisions/actions";
import { actAs, actingStaff, startEachTestAs } from "./acting-staff";
import { createStaff, createTag, storedArticleFields } from "./factories";
import { draftWithHistory, restorableState, revisionsOf, saveChanges } from "./revisions-support";

// Restore through the real action, as each role: the permission is
// article.edit against the article, checked inside the command.
vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs(null);

describe("who may restore", () => {
  it("lets a contributor restore their own draft, and nothing else", async () => {
    const contributor = await createStaff({ role: "CONTRIBUTOR" });
    const colleague = await createStaff({ role: "CONTRIBUTOR" });
    const own = await draftWithHistory(contributor);
    const theirs = await draftWithHistory(colleague);

    actAs(contributor);
    let { version } = await storedArticleFields(own.id);
    expect(
      await restoreRevisionAction({ articleId: own.id, revisionId: own.first.id, version }),
    ).toMatchObject({ ok: true });

    // Someone else's draft.
    const state = await restorableState(theirs.id);
    ({ version } = await storedArticleFields(theirs.id));
    expect(
      await restoreRevisionAction({ articleId: theirs.id, revisionId: theirs.first.id, version }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await restorableState(theirs.id)).toEqual(state);

    // Their own story once submitted for review.
    ({ version } = await storedArticleFields(own.id));
    await saveChanges(own.id, { title: "Ready for review" });
    ({ version } = await storedArticleFields(own.id));
    expect(await submitArticleAction({ id: own.id, version })).toMatchObject({ ok: true });
    ({ version } = await storedArticleFields(own.id));
    const submitted = await restorableState(own.id);
    expect(
      await restoreRevisionAction({ articleId: own.id, revisionId: own.first.id, version }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await restorableState(own.id)).toEqual(submitted);
  });

  it("lets authors restore their own articles only, and editors and admins any", async () => {
    const author = await createStaff({ role: "AUTHOR" });
    const colleague = await createStaff({ role: "AUTHOR" });
    const mine = await draftWithHistory(author);
    const theirs = await draftWithHistory(colleague);
    actAs(author);
    let { version } = await storedArticleFields(theirs.id);
    expect(
      await restoreRevisionAction({ articleId: theirs.id, revisionId: theirs.first.id, version }),
    ).toMatchObject({
      code: "forbidden",
    });
    ({ version } = await storedArticleFields(mine.id));
    expect(
      await restoreRevisionAction({ articleId: mine.id, revisionId: mine.first.id, version }),
    ).toMatchObject({ ok: true });

    // The editor brings the first save back, then the admin the second.
    const [first, second] = await revisionsOf(theirs.id);
    for (const [role, target] of [
      ["EDITOR", first!],
      ["ADMIN", second!],
    ] as const) {
      actAs(await createStaff({ role }));
      ({ version } = await storedArticleFields(theirs.id));
      expect(
        await restoreRevisionAction({ articleId: theirs.id, revisionId: target.id, version }),
      ).toMatchObject({ ok: true });
    }
    expect((await storedArticleFields(theirs.id)).title).toBe("Second headline");
  });

  it("refuses anyone signed out", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const { id, first } = await draftWithHistory(editor);
    actAs(null);
    const { version } = await storedArticleFields(id);
    expect(
      await restoreRevisionAction({ articleId: id, revisionId: first.id, version }),
    ).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
  });

  it("keeps the tags a contributor may not change, and says so", async () => {
    const contributor = await createStaff({ role: "CONTRIBUTOR" });
    const editor = await createStaff({ role: "EDITOR" });
    const tag = await createTag();
    const { id, first } = await draftWithHistory(contributor);
    actAs(editor);
    await saveChanges(id, { tagIds: [tag.id] });
    actAs(contributor);
    const { version } = await storedArticleFields(id);
    const result = await restoreRevisionAction({ articleId: id, revisionId: first.id, version });
    expect(result).toMatchObject({
      ok: true,
      data: { notes: [expect.stringMatching(/Tags were kept/)] },
    });
    expect(await storedArticleFields(id)).toMatchObject({
      title: "First headline",
      tagIds: [tag.id],
    });
  });
});
