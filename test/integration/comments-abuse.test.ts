import { beforeEach, describe, expect, it, vi } from "vitest";
import { banReaderAction, unbanReaderAction } from "@/lib/comments/actions";
import { COMMENT_RATE_LIMITS } from "@/lib/comments/limits";
import { postComment } from "@/lib/comments/post";
import { getArticleComments } from "@/lib/comments/queries";
import { deleteComment, editComment } from "@/lib/comments/reader-changes";
import { COMMENT_MAX_LENGTH } from "@/lib/comments/rules";
import { setDisplayName } from "@/lib/readers/profile";
import { loadReader, type ReaderIdentity } from "@/lib/readers/session";
import { actAs, actingStaff } from "./acting-staff";
import {
  commentRow,
  commentSettings,
  createReader,
  publishedStory,
  resetRateLimits,
} from "./comments-support";
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
  await commentSettings({ policy: "POST" });
});

async function post(
  reader: ReaderIdentity,
  articleId: string,
  body: string,
  address = "192.0.2.1",
) {
  return postComment(reader, { articleId, body }, address);
}

async function posted(reader: ReaderIdentity, articleId: string, body: string) {
  const result = await post(reader, articleId, body);
  if (!result.ok) throw new Error(result.error);
  return result.data.comment!;
}

describe("a banned reader", () => {
  it("cannot post, edit, delete or rename, including comments from before the ban", async () => {
    const article = await publishedStory();
    const reader = await createReader({ displayName: "Troll" });
    const old = await posted(reader, article.id, "Something I said before the ban.");
    actAs(await createStaff({ role: "EDITOR" }));
    expect(await banReaderAction({ readerId: reader.id })).toMatchObject({ ok: true });

    // The identity the island holds still says "not banned": every command reads the row itself.
    const stale = { ...reader, banned: false };
    const attempts = [
      await post(stale, article.id, "A new comment after the ban."),
      await editComment(stale, { id: old.id, body: "Rewritten after the ban." }),
      await deleteComment(stale, { id: old.id }),
      await setDisplayName(stale, { displayName: "Someone else" }),
    ];
    for (const attempt of attempts) expect(attempt).toMatchObject({ ok: false, code: "forbidden" });
    expect(await commentRow(old.id)).toMatchObject({
      body: "Something I said before the ban.",
      deletedAt: null,
      status: "APPROVED",
    });
    expect(await testDb().comment.count()).toBe(1);
    expect((await loadReader(reader.id))!.displayName).toBe("Troll");
  });

  it("has held comments rejected, published ones too when asked, with audit rows; a lifted ban restores posting", async () => {
    await commentSettings({ policy: "POST", watchWords: "scam" });
    const article = await publishedStory();
    const reader = await createReader();
    const visible = await posted(reader, article.id, "A published comment.");
    const held = await posted(reader, article.id, "This is a scam alert.");
    expect((await getArticleComments(article.id))!.count).toBe(1);

    const editor = await createStaff({ role: "EDITOR" });
    actAs(editor);
    const ban = await banReaderAction({ readerId: reader.id, removeComments: true });
    expect(ban).toMatchObject({ ok: true, data: { removed: 2 } });
    expect((await commentRow(held.id)).status).toBe("REJECTED");
    expect((await commentRow(visible.id)).status).toBe("REJECTED");
    expect((await getArticleComments(article.id))!.count).toBe(0);

    expect(await unbanReaderAction({ readerId: reader.id })).toMatchObject({ ok: true });
    const audit = await testDb().auditLog.findMany({
      where: { entityType: "reader", entityId: reader.id },
      orderBy: { at: "asc" },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([
      { action: "reader.ban", actorId: editor.id },
      { action: "reader.unban", actorId: editor.id },
    ]);
    expect((await post(reader, article.id, "Back, and civil.")).ok).toBe(true);
  });

  it("can only be banned by those who moderate", async () => {
    const reader = await createReader();
    actAs(await createStaff({ role: "AUTHOR" }));
    expect(await banReaderAction({ readerId: reader.id })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect((await loadReader(reader.id))!.banned).toBe(false);
  });
});

describe("abuse limits", () => {
  it("refuses a body over the maximum with the count, and keeps nothing", async () => {
    const article = await publishedStory();
    const reader = await createReader();
    const result = await post(reader, article.id, "x".repeat(COMMENT_MAX_LENGTH + 12));
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        body: "Comments can be up to 5,000 characters. Yours has 5,012: shorten it by 12.",
      },
    });
    expect((await post(reader, article.id, "   \n\n  ")).ok).toBe(false);
    expect((await post(reader, article.id, "y".repeat(COMMENT_MAX_LENGTH))).ok).toBe(true);
    expect(await testDb().comment.count()).toBe(1);
  });

  it("refuses the same text from the same reader again, but not from someone else", async () => {
    const article = await publishedStory();
    const other = await publishedStory();
    const reader = await createReader();
    await posted(reader, article.id, "Glory to the port workers.");
    const again = await post(reader, other.id, "  Glory to the port workers.  ");
    expect(again).toMatchObject({
      ok: false,
      fieldErrors: { body: "You have already posted this comment." },
    });
    expect((await post(await createReader(), article.id, "Glory to the port workers.")).ok).toBe(
      true,
    );
  });

  it("answers a filled honeypot as if held, and keeps nothing", async () => {
    const article = await publishedStory();
    const reader = await createReader();
    const result = await postComment(
      reader,
      { articleId: article.id, body: "Cheap pills", website: "https://pills.example" },
      "192.0.2.9",
    );
    expect(result).toEqual({ ok: true, data: { comment: null } });
    expect(await testDb().comment.count()).toBe(0);
  });

  it("limits posts per reader and per network address", async () => {
    const article = await publishedStory();
    const reader = await createReader();
    for (let i = 0; i < COMMENT_RATE_LIMITS.postsPerReader; i++) {
      expect((await post(reader, article.id, `Comment number ${i}`)).ok).toBe(true);
    }
    expect(await post(reader, article.id, "One too many")).toMatchObject({
      ok: false,
      code: "limited",
    });

    resetRateLimits();
    const address = "198.51.100.77";
    let accepted = 0;
    for (let i = 0; i < COMMENT_RATE_LIMITS.postsPerAddress + 2; i++) {
      const someone = await createReader();
      const result = await post(someone, article.id, `From the same café ${i}`, address);
      if (result.ok) accepted++;
      else expect(result.code).toBe("limited");
    }
    expect(accepted).toBe(COMMENT_RATE_LIMITS.postsPerAddress);
  });

  it("limits edits and deletions per reader", async () => {
    const article = await publishedStory();
    const reader = await createReader();
    const comment = await posted(reader, article.id, "Version 0");
    for (let i = 1; i <= COMMENT_RATE_LIMITS.changesPerReader; i++) {
      expect((await editComment(reader, { id: comment.id, body: `Version ${i}` })).ok).toBe(true);
    }
    expect(await editComment(reader, { id: comment.id, body: "Version 99" })).toMatchObject({
      code: "limited",
    });
    expect(await deleteComment(reader, { id: comment.id })).toMatchObject({ code: "limited" });
  });
});
