import { beforeEach, describe, expect, it, vi } from "vitest";
import { createArticleAction, saveArticleAction } from "@/lib/articles/editing/actions";
import { fieldsOf, loadArticleState } from "@/lib/articles/editing/state";
import type { ArticleDocument } from "@/lib/documents/schema";
import { createUpdateAction, deleteUpdateAction } from "@/lib/liveblog/actions";
import { deleteMediaAction } from "@/lib/media/actions";
import { forgetSearchWindows } from "@/lib/search/candidates";
import { readSearchParams } from "@/lib/search/params";
import { searchArticles } from "@/lib/search/queries";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createArticle, createStaff } from "./factories";
import { createLiveBlog, text } from "./liveblog-support";
import { bodyWithImage, uploadAs } from "./media-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

beforeEach(async () => {
  await truncateAll();
  forgetSearchWindows();
  actAs(null);
});

const post = (liveBlogId: string, body: ArticleDocument, title = "") =>
  createUpdateAction({ liveBlogId, title, body, intent: "publish", scheduledAt: "" });

const searchText = async (id: string) =>
  (await testDb().article.findUniqueOrThrow({ where: { id }, select: { searchText: true } }))
    .searchText;

describe("a live blog's updates in search", () => {
  it("finds the live page by words said only in an update, until the update is deleted", async () => {
    const blog = await createLiveBlog();
    actAs(await createStaff({ role: "EDITOR" }));
    const found = async (q: string) =>
      (await searchArticles(readSearchParams({ q }), "Europe/Kyiv")).hits.map(
        (hit) => hit.article.id,
      );
    expect(await found("transformer")).toEqual([]);
    const posted = await post(blog.id, text("Crews replaced a transformer in Kharkiv."), "Repairs");
    expect(posted.ok).toBe(true);
    if (!posted.ok) return;
    expect(await found("transformers")).toEqual([blog.id]);
    expect(await searchText(blog.id)).toContain("Repairs");

    // A draft is nobody's to find.
    await createUpdateAction({
      liveBlogId: blog.id,
      title: "",
      body: text("Unconfirmed sighting of a seaplane."),
      intent: "draft",
      scheduledAt: "",
    });
    expect(await searchText(blog.id)).not.toContain("seaplane");

    expect((await deleteUpdateAction({ id: posted.data.id })).ok).toBe(true);
    expect(await searchText(blog.id)).not.toContain("transformer");
  });

  it("keeps the updates' text when the story around them is saved", async () => {
    const blog = await createLiveBlog();
    const editor = await createStaff({ role: "EDITOR" });
    actAs(editor);
    expect((await post(blog.id, text("Queues at the heating point in Poltava."))).ok).toBe(true);
    const state = (await loadArticleState(testDb(), blog.id))!;
    const saved = await saveArticleAction({
      id: blog.id,
      version: state.version,
      mode: "save",
      fields: { ...fieldsOf(state), standfirst: "What we know so far." },
    });
    expect(saved.ok).toBe(true);
    expect(await searchText(blog.id)).toContain("Poltava");
  });
});

describe("images in live updates", () => {
  it("counts an update's picture as in use, so it cannot be deleted from under it", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const image = await uploadAs(editor);
    const blog = await createLiveBlog();
    // Drafts too: a picture deleted from under a draft would break it on posting.
    const draft = await createUpdateAction({
      liveBlogId: blog.id,
      title: "",
      body: bodyWithImage(image.id, "Crews at the substation") as ArticleDocument,
      intent: "draft",
      scheduledAt: "",
    });
    expect(draft.ok).toBe(true);
    const refused = await deleteMediaAction({ id: image.id });
    expect(refused).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringMatching(/in the text of “Strikes on the grid: latest”/),
    });
    expect(await testDb().media.count({ where: { id: image.id } })).toBe(1);
  });
});

describe("a live blog's own state", () => {
  it("exists from the moment the live blog is created, or an article becomes one", async () => {
    actAs(await createStaff({ role: "EDITOR" }));
    const created = await createArticleAction({ title: "Floods in the south", type: "LIVE_BLOG" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(
      await testDb().liveBlog.findUnique({ where: { articleId: created.data.id } }),
    ).toMatchObject({ state: "LIVE", keyPoints: [] });

    const story = await createArticle({ title: "Dam levels", status: "DRAFT" });
    const state = (await loadArticleState(testDb(), story.id))!;
    expect(await testDb().liveBlog.count({ where: { articleId: story.id } })).toBe(0);
    const saved = await saveArticleAction({
      id: story.id,
      version: state.version,
      mode: "save",
      fields: { ...fieldsOf(state), type: "LIVE_BLOG" },
    });
    expect(saved.ok).toBe(true);
    expect(await testDb().liveBlog.count({ where: { articleId: story.id } })).toBe(1);
  });
});
