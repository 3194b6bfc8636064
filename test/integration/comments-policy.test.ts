import { beforeEach, describe, expect, it } from "vitest";
import { GET as viewerRoute, POST as postRoute } from "@/app/api/comments/route";
import { DELETE as deleteRoute, PATCH as editRoute } from "@/app/api/comments/[id]/route";
import { getArticleComments } from "@/lib/comments/queries";
import { postComment } from "@/lib/comments/post";
import { deleteComment, editComment } from "@/lib/comments/reader-changes";
import type { ReaderIdentity } from "@/lib/readers/session";
import {
  commentRow,
  commentSettings,
  createReader,
  publishedStory,
  resetRateLimits,
  siteRequest,
} from "./comments-support";
import { testDb, truncateAll } from "./database";
import { createArticle } from "./factories";

const ADDRESS = "203.0.113.5";

beforeEach(async () => {
  await truncateAll();
  resetRateLimits();
});

async function post(reader: ReaderIdentity, articleId: string, body: string, parentId?: string) {
  const result = await postComment(reader, { articleId, body, parentId }, ADDRESS);
  if (!result.ok) throw new Error(`${result.code}: ${result.error}`);
  return result.data.comment!;
}

const shown = async (articleId: string) =>
  (await getArticleComments(articleId))!.threads.flatMap((t) => [
    t.body,
    ...t.replies.map((r) => r.body),
  ]);

describe("the site's moderation policy", () => {
  it("PRE holds a first-time commenter until one comment is approved, then trusts them", async () => {
    await commentSettings({ policy: "PRE" });
    const article = await publishedStory();
    const reader = await createReader();

    const first = await post(reader, article.id, "The port crews deserve more coverage.");
    expect(first.status).toBe("PENDING");
    expect((await commentRow(first.id)).heldReason).toBe(
      "First comment from this reader (pre-moderation)",
    );
    expect(await shown(article.id)).toEqual([]);

    await testDb().comment.update({ where: { id: first.id }, data: { status: "APPROVED" } });
    const second = await post(reader, article.id, "And the drivers who wait at the gates.");
    expect(second.status).toBe("APPROVED");
  });

  it("POST publishes at once and the cached page shows it straight away", async () => {
    await commentSettings({ policy: "POST" });
    const article = await publishedStory();
    const reader = await createReader({ displayName: "Taras" });
    expect(await shown(article.id)).toEqual([]); // cached empty

    const comment = await post(reader, article.id, "Thank you for this report.");
    expect(comment.status).toBe("APPROVED");
    const page = await getArticleComments(article.id);
    expect(page).toMatchObject({ mode: "OPEN", count: 1 });
    expect(page!.threads[0]).toMatchObject({
      authorName: "Taras",
      body: "Thank you for this report.",
    });
  });
});

describe("heuristics that hold a comment even under POST", () => {
  it("holds watched words, too many links and links from brand-new accounts", async () => {
    await commentSettings({ policy: "POST", watchWords: "casino\nbuy followers", maxLinks: 1 });
    const article = await publishedStory();
    const regular = await createReader();
    const newcomer = await createReader({ ageHours: 2 });

    const word = await post(regular, article.id, "Best CASINO bonus here");
    const links = await post(regular, article.id, "https://a.example and https://b.example");
    const fresh = await post(newcomer, article.id, "My photos: https://photos.example/port");
    const clean = await post(newcomer, article.id, "I work at this port; it is exactly like this.");

    expect(await commentRow(word.id)).toMatchObject({
      status: "PENDING",
      heldReason: "Contains a watched word: “casino”",
    });
    expect(await commentRow(links.id)).toMatchObject({
      status: "PENDING",
      heldReason: "2 links (more than 1)",
    });
    expect(await commentRow(fresh.id)).toMatchObject({
      status: "PENDING",
      heldReason: "Link from a new reader (account under 24 hours old)",
    });
    expect(clean.status).toBe("APPROVED");
  });
});

describe("the article's comment setting", () => {
  it("closed shows comments but takes no new ones; off hides them; the site default applies", async () => {
    await commentSettings({ policy: "POST", commentsDefault: "CLOSED" });
    const article = await publishedStory();
    const reader = await createReader();
    const closed = await postComment(reader, { articleId: article.id, body: "Hello" }, ADDRESS);
    expect(closed).toMatchObject({ ok: false, code: "closed" });

    await testDb().article.update({ where: { id: article.id }, data: { commentsMode: "OPEN" } });
    await post(reader, article.id, "Now it is open.");
    await testDb().article.update({ where: { id: article.id }, data: { commentsMode: "OFF" } });
    const off = await postComment(reader, { articleId: article.id, body: "Again" }, ADDRESS);
    expect(off).toMatchObject({ ok: false, code: "closed" });

    const draft = await createArticle({ status: "DRAFT" });
    const hidden = await postComment(reader, { articleId: draft.id, body: "Early" }, ADDRESS);
    expect(hidden).toMatchObject({ ok: false, code: "closed" });
    expect(await testDb().comment.count()).toBe(1);
  });
});

describe("replies, edits and deletions", () => {
  it("keeps replies one level deep and shows a placeholder for a deleted parent", async () => {
    await commentSettings({ policy: "POST" });
    const article = await publishedStory();
    const [olena, petro] = [await createReader(), await createReader({ displayName: "Petro" })];
    const top = await post(olena, article.id, "Who runs the night shift?");
    const reply = await post(petro, article.id, "The harbour authority.", top.id);
    const replyToReply = await post(olena, article.id, "Thanks!", reply.id);
    expect((await commentRow(replyToReply.id)).parentId).toBe(top.id);

    expect(await deleteComment(olena, { id: top.id })).toMatchObject({ ok: true });
    expect(await commentRow(top.id)).toMatchObject({ body: "Who runs the night shift?" });
    const page = await getArticleComments(article.id);
    expect(page!.threads[0]).toMatchObject({ removed: "deleted", body: "", authorName: "" });
    expect(page!.threads[0]!.replies.map((r) => r.body)).toEqual([
      "The harbour authority.",
      "Thanks!",
    ]);
    expect(page!.count).toBe(2);
  });

  it("lets a reader edit their own comment within 15 minutes only; never someone else's", async () => {
    await commentSettings({ policy: "POST", watchWords: "casino" });
    const article = await publishedStory();
    const reader = await createReader();
    const other = await createReader();
    const comment = await post(reader, article.id, "Tpyo in my first comment.");

    expect(await editComment(other, { id: comment.id, body: "Hijacked" })).toMatchObject({
      ok: false,
      code: "not-found",
    });
    const edited = await editComment(reader, { id: comment.id, body: "Typo fixed." });
    expect(edited).toMatchObject({ ok: true, data: { comment: { status: "APPROVED" } } });
    expect(await shown(article.id)).toEqual(["Typo fixed."]);
    expect((await getArticleComments(article.id))!.threads[0]!.edited).toBe(true);

    // An edit that trips a heuristic takes the comment off the page until approved.
    await editComment(reader, { id: comment.id, body: "Try the casino" });
    expect(await commentRow(comment.id)).toMatchObject({ status: "PENDING" });
    expect(await shown(article.id)).toEqual([]);

    await testDb().comment.update({
      where: { id: comment.id },
      data: { createdAt: new Date(Date.now() - 16 * 60_000) },
    });
    const late = await editComment(reader, { id: comment.id, body: "Too late" });
    expect(late).toMatchObject({ ok: false, code: "forbidden" });
    expect((await commentRow(comment.id)).body).toBe("Try the casino");
  });

  it("works the same through the island's HTTP routes, which refuse other sites", async () => {
    await commentSettings({ policy: "POST" });
    const article = await publishedStory();
    const reader = await createReader({ displayName: "Iryna" });

    const anonymous = await viewerRoute(await siteRequest(`/api/comments?articleId=${article.id}`));
    expect(await anonymous.json()).toEqual({ ok: true, data: { reader: null, mine: [] } });
    expect(anonymous.headers.get("cache-control")).toBe("private, no-store");

    const crossSite = await postRoute(
      await siteRequest("/api/comments", {
        readerId: reader.id,
        crossSite: true,
        json: { articleId: article.id, body: "Forged" },
      }),
    );
    expect(crossSite.status).toBe(403);
    const signedOut = await postRoute(
      await siteRequest("/api/comments", { json: { articleId: article.id, body: "Hi" } }),
    );
    expect(signedOut.status).toBe(401);

    const created = await postRoute(
      await siteRequest("/api/comments", {
        readerId: reader.id,
        json: { articleId: article.id, body: "Posted over HTTP." },
      }),
    );
    const { data } = (await created.json()) as { data: { comment: { id: string } } };
    const viewer = await viewerRoute(
      await siteRequest(`/api/comments?articleId=${article.id}`, { readerId: reader.id }),
    );
    expect(await viewer.json()).toMatchObject({
      data: { reader: { displayName: "Iryna", banned: false }, mine: [{ id: data.comment.id }] },
    });

    const context = { params: Promise.resolve({ id: data.comment.id }) };
    const patched = await editRoute(
      await siteRequest(`/api/comments/${data.comment.id}`, {
        method: "PATCH",
        readerId: reader.id,
        json: { body: "Edited over HTTP." },
      }),
      context,
    );
    expect(patched.status).toBe(200);
    const removed = await deleteRoute(
      await siteRequest(`/api/comments/${data.comment.id}`, {
        method: "DELETE",
        readerId: reader.id,
      }),
      context,
    );
    expect(removed.status).toBe(200);
    expect(await shown(article.id)).toEqual([]);
  });
});
