import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  loadArticleCommentsPanelAction,
  moderateCommentsAction,
  setArticleCommentsModeAction,
  updateCommentSettingsAction,
} from "@/lib/comments/actions";
import { postComment } from "@/lib/comments/post";
import { getArticleComments } from "@/lib/comments/queries";
import { readQueueParams } from "@/lib/comments/queue-params";
import { countPendingComments, listModerationQueue } from "@/lib/comments/queue-queries";
import { deleteComment } from "@/lib/comments/reader-changes";
import { readCommentSettings } from "@/lib/comments/settings";
import type { ReaderIdentity } from "@/lib/readers/session";
import { actAs, actingStaff } from "./acting-staff";
import { commentSettings, createReader, publishedStory, resetRateLimits } from "./comments-support";
import { testDb, truncateAll } from "./database";
import { createStaff } from "./factories";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

beforeEach(async () => {
  await truncateAll();
  resetRateLimits();
  actAs(null);
  await commentSettings({ policy: "PRE" });
});

async function held(reader: ReaderIdentity, articleId: string, body: string) {
  const result = await postComment(reader, { articleId, body }, "192.0.2.44");
  if (!result.ok) throw new Error(result.error);
  return result.data.comment!.id;
}

const visibleBodies = async (articleId: string) =>
  (await getArticleComments(articleId))!.threads.map((t) => t.body);

describe("the moderation queue", () => {
  it("lists waiting comments first, oldest first, with counts, and the dashboard count", async () => {
    const article = await publishedStory();
    const [a, b] = [await createReader({ displayName: "Anna" }), await createReader()];
    const first = await held(a, article.id, "First in line");
    const second = await held(b, article.id, "Second in line");
    await testDb().comment.update({
      where: { id: first },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });
    const gone = await held(a, article.id, "Deleted while waiting");
    await deleteComment(a, { id: gone });

    const queue = await listModerationQueue(readQueueParams({}));
    expect(queue.items.map((i) => i.id)).toEqual([first, second]);
    expect(queue.counts).toEqual({ PENDING: 2, APPROVED: 0, REJECTED: 0, SPAM: 0 });
    expect(queue.items[0]).toMatchObject({
      heldReason: "First comment from this reader (pre-moderation)",
      reader: { displayName: "Anna" },
      article: { id: article.id },
    });
    expect(await countPendingComments()).toBe(2);

    const byReader = await listModerationQueue(readQueueParams({ status: "ALL", reader: a.id }));
    // "All": waiting first, then newest first; the deleted one is listed, marked.
    expect(byReader.items.map((i) => [i.body, !!i.deletedAt])).toEqual([
      ["Deleted while waiting", true],
      ["First in line", false],
    ]);
    const search = await listModerationQueue(readQueueParams({ q: "second" }));
    expect(search.items.map((i) => i.id)).toEqual([second]);
  });

  it("approves, rejects and marks spam, one or many, each with an audit row, and refreshes the page", async () => {
    const article = await publishedStory();
    const readers = [await createReader(), await createReader(), await createReader()];
    const ids = [];
    for (const [i, reader] of readers.entries())
      ids.push(await held(reader, article.id, `Comment ${i}`));
    expect(await visibleBodies(article.id)).toEqual([]);

    const editor = await createStaff({ role: "EDITOR" });
    actAs(editor);
    const bulk = await moderateCommentsAction({ ids: [ids[0]!, ids[1]!], decision: "APPROVED" });
    expect(bulk).toEqual({ ok: true, data: { changed: 2 } });
    expect(await visibleBodies(article.id)).toEqual(["Comment 0", "Comment 1"]);

    expect(await moderateCommentsAction({ ids: [ids[1]!], decision: "REJECTED" })).toMatchObject({
      ok: true,
    });
    expect(await moderateCommentsAction({ ids: [ids[2]!], decision: "SPAM" })).toMatchObject({
      ok: true,
    });
    // Deciding again what is already decided changes and records nothing.
    expect(await moderateCommentsAction({ ids: [ids[2]!], decision: "SPAM" })).toEqual({
      ok: true,
      data: { changed: 0 },
    });
    expect(await visibleBodies(article.id)).toEqual(["Comment 0"]);

    const audit = await testDb().auditLog.findMany({
      where: { entityType: "comment" },
      orderBy: { at: "asc" },
      select: { action: true, entityId: true, actorId: true, data: true },
    });
    expect(audit.map((row) => [row.action, row.entityId])).toEqual([
      ["comment.approve", ids[0]],
      ["comment.approve", ids[1]],
      ["comment.reject", ids[1]],
      ["comment.spam", ids[2]],
    ]);
    expect(audit.every((row) => row.actorId === editor.id)).toBe(true);
    expect(audit[2]!.data).toMatchObject({ from: "APPROVED", to: "REJECTED" });
    const decided = await testDb().comment.findUniqueOrThrow({ where: { id: ids[0]! } });
    expect(decided).toMatchObject({ moderatedById: editor.id });
  });

  it("refuses authors and contributors, and changes nothing", async () => {
    const article = await publishedStory();
    const id = await held(await createReader(), article.id, "Waiting");
    for (const role of ["AUTHOR", "CONTRIBUTOR"] as const) {
      actAs(await createStaff({ role }));
      expect(await moderateCommentsAction({ ids: [id], decision: "APPROVED" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
      expect(await loadArticleCommentsPanelAction({ articleId: article.id })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect((await testDb().comment.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    expect(await testDb().auditLog.count()).toBe(0);
  });
});

describe("comment settings and the per-article switch", () => {
  it("saves the policy, default and checks with an audit row; bad input changes nothing", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    actAs(admin);
    const bad = await updateCommentSettingsAction({
      policy: "POST",
      commentsDefault: "OPEN",
      watchWords: "",
      maxLinks: -1,
      newReaderHours: "soon",
    });
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    expect(Object.keys((bad as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      "maxLinks",
      "newReaderHours",
    ]);
    expect((await readCommentSettings()).policy).toBe("PRE");

    const saved = await updateCommentSettingsAction({
      policy: "POST",
      commentsDefault: "CLOSED",
      watchWords: "Casino\n\n  casino \nbuy followers",
      maxLinks: "3",
      newReaderHours: "0",
    });
    expect(saved).toMatchObject({ ok: true });
    expect(await readCommentSettings()).toEqual({
      policy: "POST",
      commentsDefault: "CLOSED",
      watchWords: "casino\nbuy followers",
      maxLinks: 3,
      newReaderHours: 0,
    });
    const audit = await testDb().auditLog.findFirstOrThrow({
      where: { action: "comments.settings" },
    });
    expect(audit.data).toMatchObject({ commentPolicy: { from: "PRE", to: "POST" } });
  });

  it("opens, closes and turns off one article's comments at once, without touching its edit time", async () => {
    const article = await publishedStory();
    const reader = await createReader();
    await commentSettings({ policy: "POST" });
    await postComment(reader, { articleId: article.id, body: "Before closing" }, "192.0.2.1");
    const { updatedAt } = await testDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect((await getArticleComments(article.id))!.mode).toBe("OPEN");

    actAs(await createStaff({ role: "EDITOR" }));
    expect(
      await setArticleCommentsModeAction({ articleId: article.id, mode: "CLOSED" }),
    ).toMatchObject({ ok: true });
    expect(await getArticleComments(article.id)).toMatchObject({ mode: "CLOSED", count: 1 });
    expect(
      await postComment(reader, { articleId: article.id, body: "After closing" }, "192.0.2.1"),
    ).toMatchObject({ ok: false, code: "closed" });

    await setArticleCommentsModeAction({ articleId: article.id, mode: "OFF" });
    expect(await getArticleComments(article.id)).toMatchObject({ mode: "OFF", threads: [] });
    const panel = await loadArticleCommentsPanelAction({ articleId: article.id });
    expect(panel).toMatchObject({ ok: true, data: { mode: "OFF", visible: 1, pending: 0 } });

    const row = await testDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.updatedAt).toEqual(updatedAt);
    expect(
      await testDb().auditLog.count({
        where: { action: "article.comments-mode", entityId: article.id },
      }),
    ).toBe(2);
  });
});
