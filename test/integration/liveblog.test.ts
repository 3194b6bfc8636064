import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createUpdateAction,
  deleteUpdateAction,
  editUpdateAction,
  pinUpdateAction,
  setKeyPointsAction,
  setLiveStateAction,
} from "@/lib/liveblog/actions";
import { publishDueUpdates } from "@/lib/liveblog/stream";
import { getLatestUpdates, getLiveBlog, getLiveStream } from "@/lib/liveblog/queries";
import { decodeCursor } from "@/lib/articles/cursor";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createStaff } from "./factories";
import {
  createLiveBlog,
  invalidatedSince,
  lastInvalidationId,
  seedUpdates,
  text,
} from "./liveblog-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

beforeEach(async () => {
  await truncateAll();
  actAs(null);
});

const post = (
  liveBlogId: string,
  words: string,
  intent: "publish" | "draft" | "schedule" = "publish",
  scheduledAt = "",
) => createUpdateAction({ liveBlogId, title: "", body: text(words), intent, scheduledAt });

describe("who may do what on a live blog", () => {
  it("lets contributors save drafts of updates but not post them", async () => {
    const blog = await createLiveBlog();
    actAs(await createStaff({ role: "CONTRIBUTOR" }));
    expect(await post(blog.id, "Sirens in the east.")).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const draft = await post(blog.id, "Sirens in the east.", "draft");
    expect(draft).toMatchObject({ ok: true });
    expect(await testDb().liveUpdate.count({ where: { status: "PUBLISHED" } })).toBe(0);
    if (!draft.ok) return;
    // Pinning is an editor's call; so is deleting anything but their own draft.
    expect(await pinUpdateAction({ id: draft.data.id, pinned: true })).toMatchObject({
      code: "forbidden",
    });
    expect(await deleteUpdateAction({ id: draft.data.id })).toMatchObject({ ok: true });
  });

  it("lets any author post, but change only their own updates", async () => {
    const blog = await createLiveBlog();
    const first = await createStaff({ role: "AUTHOR" });
    const second = await createStaff({ role: "AUTHOR" });
    actAs(first);
    const mine = await post(blog.id, "Power is back in the north of the city.");
    expect(mine).toMatchObject({ ok: true });
    if (!mine.ok) return;
    actAs(second);
    const edit = {
      id: mine.data.id,
      version: mine.data.version,
      title: "",
      body: text("Changed."),
      scheduledAt: "",
    };
    expect(await editUpdateAction(edit)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await deleteUpdateAction({ id: mine.data.id })).toMatchObject({ code: "forbidden" });
    expect(await setKeyPointsAction({ articleId: blog.id, keyPoints: ["A point."] })).toMatchObject(
      {
        code: "forbidden",
      },
    );
    actAs(first);
    expect(await editUpdateAction(edit)).toMatchObject({ ok: true });
  });

  it("lets editors pin, edit, delete, end and reopen, each written to the audit log", async () => {
    const blog = await createLiveBlog();
    const author = await createStaff({ role: "AUTHOR" });
    const editor = await createStaff({ role: "EDITOR" });
    actAs(author);
    const update = await post(blog.id, "Trains to the capital are running late.");
    if (!update.ok) throw new Error(update.error);
    actAs(editor);
    expect(await pinUpdateAction({ id: update.data.id, pinned: true })).toMatchObject({ ok: true });
    expect(
      await setKeyPointsAction({
        articleId: blog.id,
        keyPoints: [" Trains late. ", "", "Power back."],
      }),
    ).toMatchObject({ ok: true, data: { keyPoints: ["Trains late.", "Power back."] } });
    expect(await setLiveStateAction({ articleId: blog.id, state: "ENDED" })).toMatchObject({
      ok: true,
    });
    expect((await getLiveBlog(blog.id))?.state).toBe("ENDED");
    expect(await deleteUpdateAction({ id: update.data.id })).toMatchObject({ ok: true });
    const actions = await testDb().auditLog.findMany({
      where: { entityId: blog.id },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true, actorId: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual([
      "live.update-create",
      "live.update-pin",
      "live.key-points",
      "live.end",
      "live.update-delete",
    ]);
    expect(actions[0]?.actorId).toBe(author.id);
  });

  it("refuses updates on an article that is not a live blog", async () => {
    const { createArticle } = await import("./factories");
    const story = await createArticle();
    actAs(await createStaff({ role: "EDITOR" }));
    expect(await post(story.id, "Nowhere to go.")).toMatchObject({ ok: false, code: "not-found" });
  });
});

describe("reporters writing at once", () => {
  it("never conflict across different updates, and conflict on the same one", async () => {
    const blog = await createLiveBlog();
    const first = await createStaff({ role: "AUTHOR" });
    const second = await createStaff({ role: "EDITOR" });
    actAs(first);
    const a = await post(blog.id, "First reporter's update.");
    actAs(second);
    const b = await post(blog.id, "Second reporter's update.");
    if (!a.ok || !b.ok) throw new Error("posting failed");
    // Each edits their own from the version they hold: both saves succeed.
    actAs(first);
    expect(
      await editUpdateAction({
        id: a.data.id,
        version: 1,
        title: "A",
        body: text("First, revised."),
        scheduledAt: "",
      }),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    actAs(second);
    expect(
      await editUpdateAction({
        id: b.data.id,
        version: 1,
        title: "B",
        body: text("Second, revised."),
        scheduledAt: "",
      }),
    ).toMatchObject({ ok: true });
    // The editor then saves the first update from the version they saw before its edit.
    expect(
      await editUpdateAction({
        id: a.data.id,
        version: 1,
        title: "",
        body: text("Overwrite?"),
        scheduledAt: "",
      }),
    ).toMatchObject({ ok: false, code: "conflict", conflict: { version: 2 } });
  });
});

describe("freshness", () => {
  it("refreshes exactly the live page's tags when an update is posted", async () => {
    const blog = await createLiveBlog();
    await seedUpdates(blog.id, 2);
    expect((await getLiveStream(blog.id, null)).updates).toHaveLength(2);
    actAs(await createStaff({ role: "AUTHOR" }));

    const before = await lastInvalidationId();
    const draft = await post(blog.id, "Not yet.", "draft");
    // A draft is nobody's business but the newsroom's: nothing is refreshed.
    expect(await invalidatedSince(before)).toEqual([]);
    expect(draft.ok).toBe(true);

    const posted = await post(blog.id, "Explosions heard in the south.");
    expect(await invalidatedSince(before)).toEqual([[`live:${blog.id}`, "sitemap"].sort()]);
    const stream = await getLiveStream(blog.id, null);
    expect(stream.updates[0]?.body).toEqual(text("Explosions heard in the south."));
    expect(stream.total).toBe(3);
    expect((await getLatestUpdates(blog.id))?.updates[0]?.id).toBe(posted.ok ? posted.data.id : "");
    const row = await testDb().liveBlog.findUniqueOrThrow({ where: { articleId: blog.id } });
    expect(row.lastUpdateAt).toEqual(stream.updates[0]?.publishedAt);
  });

  it("serves the cached stream until an update's change refreshes it", async () => {
    const blog = await createLiveBlog();
    await seedUpdates(blog.id, 1);
    expect((await getLiveStream(blog.id, null)).updates).toHaveLength(1);
    // Written behind the cache's back: still the cached stream.
    await seedUpdates(blog.id, 1);
    expect((await getLiveStream(blog.id, null)).updates).toHaveLength(1);
    actAs(await createStaff({ role: "EDITOR" }));
    await post(blog.id, "A third.");
    expect((await getLiveStream(blog.id, null)).updates).toHaveLength(3);
  });

  it("publishes a scheduled update at its time and only then shows it", async () => {
    const blog = await createLiveBlog();
    actAs(await createStaff({ role: "EDITOR" }));
    const soon = new Date(Date.now() + 60_000);
    const scheduled = await post(blog.id, "At noon: the briefing.", "schedule", soon.toISOString());
    expect(scheduled).toMatchObject({ ok: true });
    expect((await getLiveStream(blog.id, null)).updates).toHaveLength(0);
    expect(await publishDueUpdates(new Date())).toBe(0);
    // A minute passes: the update's time comes.
    await testDb().liveUpdate.updateMany({ data: { publishedAt: new Date(Date.now() - 1_000) } });
    const before = await lastInvalidationId();
    expect(await publishDueUpdates(new Date())).toBe(1);
    expect(await publishDueUpdates(new Date())).toBe(0);
    expect(await invalidatedSince(before)).toEqual([[`live:${blog.id}`, "sitemap"].sort()]);
    expect((await getLiveStream(blog.id, null)).updates).toHaveLength(1);
  });

  it("ends coverage for the cards too: the story's own tags and lists are refreshed", async () => {
    const blog = await createLiveBlog();
    actAs(await createStaff({ role: "EDITOR" }));
    const before = await lastInvalidationId();
    await setLiveStateAction({ articleId: blog.id, state: "ENDED" });
    const [changed] = await invalidatedSince(before);
    expect(changed).toEqual(
      expect.arrayContaining([`article:${blog.id}`, `live:${blog.id}`, "feed", "sitemap"]),
    );
  });
});

describe("the stream as readers get it", () => {
  it("puts pinned updates on top of the first page and pages the rest newest first", async () => {
    const blog = await createLiveBlog();
    await seedUpdates(blog.id, 45, { pinned: (index) => index === 3 });
    const first = await getLiveStream(blog.id, null);
    expect(first.pinned.map((update) => update.title)).toEqual(["Update 4"]);
    expect(first.updates.map((update) => update.title).slice(0, 2)).toEqual([
      "Update 45",
      "Update 44",
    ]);
    expect(first.updates).toHaveLength(20);
    const second = await getLiveStream(blog.id, decodeCursor(first.older ?? undefined));
    expect(second.pinned).toEqual([]);
    const third = await getLiveStream(blog.id, decodeCursor(second.older ?? undefined));
    const titles = [first, second, third].flatMap((page) =>
      page.updates.map((update) => update.title),
    );
    expect(titles).toHaveLength(44);
    expect(new Set(titles).size).toBe(44);
    expect(titles).not.toContain("Update 4");
    expect(third.older).toBeNull();
  });
});
