import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { saveArticleAction } from "@/lib/articles/editing/actions";
import { getDashboard } from "@/lib/articles/editor-lists";
import { getLatestArticles, listStories } from "@/lib/articles/lists";
import { getPublishedArticle } from "@/lib/articles/queries";
import { publishDueArticles } from "@/lib/scheduling/publish-due";
import { scheduleArticleAction } from "@/lib/scheduling/actions";
import { nudgeScheduler, startScheduler } from "@/lib/scheduling/runner";
import { actAs, actingStaff } from "./acting-staff";
import { testDb, truncateAll } from "./database";
import { createStaff, createTag, storedArticleFields } from "./factories";
import { createReadyArticle, eventually } from "./scheduling-fixtures";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

const stops: (() => void)[] = [];
const lines: string[] = [];

beforeEach(async () => {
  await truncateAll();
  actAs(null);
  lines.length = 0;
});

afterEach(() => {
  while (stops.length) stops.pop()!();
});

function runScheduler(intervalMs: number) {
  const scheduler = startScheduler({ intervalMs, log: (line) => lines.push(line) });
  stops.push(scheduler.stop);
  return scheduler;
}

const inSeconds = (s: number) => new Date(Date.now() + s * 1000);
const isPublic = async (id: string) => (await getPublishedArticle(id)) !== null;

async function auditOf(id: string, action: string) {
  return testDb().auditLog.findMany({ where: { entityId: id, action }, orderBy: { at: "asc" } });
}

describe("scheduled publishing", () => {
  it("puts an article scheduled a few seconds ahead on the site without anyone touching it", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const tag = await createTag();
    const article = await createReadyArticle({ authorIds: [editor.authorId!], tagIds: [tag.id] });
    actAs(editor);
    const scheduled = await scheduleArticleAction({
      id: article.id,
      version: article.version,
      publishAt: inSeconds(2).toISOString(),
    });
    expect(scheduled).toMatchObject({ ok: true, data: { status: "SCHEDULED" } });
    actAs(null);
    // Lists read (and cached) before the time, so the publish must refresh them.
    expect(await getLatestArticles(5)).toEqual([]);
    expect((await listStories({ kind: "tag", id: tag.id }, null, 5)).stories).toEqual([]);
    expect(await isPublic(article.id)).toBe(false);

    runScheduler(200);
    await eventually(() => isPublic(article.id));

    expect((await getLatestArticles(5)).map((story) => story.id)).toEqual([article.id]);
    expect(
      (await listStories({ kind: "tag", id: tag.id }, null, 5)).stories.map((s) => s.id),
    ).toEqual([article.id]);
    const row = await testDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", scheduledAt: null, version: 3 });
    const publishes = await auditOf(article.id, "article.publish");
    expect(publishes).toHaveLength(1);
    expect(publishes[0]).toMatchObject({
      actorId: null,
      data: expect.objectContaining({ by: "scheduler" }),
    });
    expect(
      await testDb().revision.count({ where: { articleId: article.id, kind: "PUBLISH" } }),
    ).toBe(1);
    expect(lines.some((line) => line.includes(`published “${row.title}”`))).toBe(true);
  });

  it("publishes each due article once when several schedulers race", async () => {
    const due = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createReadyArticle({
          status: "SCHEDULED",
          scheduledAt: new Date(Date.now() - (i + 1) * 1000),
        }),
      ),
    );
    // On PostgreSQL each call gets its own pooled connection: real concurrency.
    const reports = await Promise.all(Array.from({ length: 6 }, () => publishDueArticles()));
    const published = reports.flatMap((report) => report.published.map((item) => item.id));
    // A second publish of one article would fail (or, worse, succeed): neither happens.
    expect(reports.flatMap((report) => [...report.failed, ...report.held])).toEqual([]);
    expect(published.sort()).toEqual(due.map((article) => article.id).sort());
    for (const article of due) {
      expect(await auditOf(article.id, "article.publish"), article.id).toHaveLength(1);
      expect(
        await testDb().revision.count({ where: { articleId: article.id, kind: "PUBLISH" } }),
      ).toBe(1);
      const row = await testDb().article.findUniqueOrThrow({ where: { id: article.id } });
      expect(row).toMatchObject({ status: "PUBLISHED", version: article.version + 1 });
    }
    // Run again: nothing left to do, nothing written twice.
    expect(await publishDueArticles()).toEqual({
      published: [],
      unpublished: [],
      held: [],
      failed: [],
    });
    expect(await testDb().auditLog.count({ where: { action: "article.publish" } })).toBe(
      due.length,
    );
  });

  it("publishes at start-up what fell due while the server was down", async () => {
    const author = await createStaff({ role: "AUTHOR" });
    const missed = await createReadyArticle({
      status: "SCHEDULED",
      scheduledAt: new Date(Date.now() - 3 * 3600_000),
      authorIds: [author.authorId!],
    });
    const later = await createReadyArticle({ status: "SCHEDULED", scheduledAt: inSeconds(3600) });
    // The server's own start-up (instrumentation): database checks, then the scheduler.
    await import("@/instrumentation-node");
    stops.push(startScheduler().stop);
    await eventually(() => isPublic(missed.id));
    const row = await testDb().article.findUniqueOrThrow({ where: { id: missed.id } });
    // Published when it actually went out, not backdated to the missed time.
    expect(row.publishedAt!.getTime()).toBeGreaterThan(missed.scheduledAt!.getTime());
    expect(
      await testDb().articleAuthor.findFirstOrThrow({ where: { articleId: missed.id } }),
    ).toMatchObject({ publishedAt: row.publishedAt });
    expect((await testDb().article.findUniqueOrThrow({ where: { id: later.id } })).status).toBe(
      "SCHEDULED",
    );
  });

  it("starts its interval once per process however often it is asked", async () => {
    const timers = vi.spyOn(globalThis, "setInterval");
    const first = runScheduler(60_000);
    startScheduler({ intervalMs: 10 });
    expect(timers).toHaveBeenCalledTimes(1);
    await first.firstRun;
    timers.mockRestore();
  });
});

describe("scheduled unpublishing", () => {
  it("takes an article down at its time, through the same loop", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const article = await createReadyArticle({ authorIds: [editor.authorId!] });
    actAs(editor);
    const scheduled = await scheduleArticleAction({
      id: article.id,
      version: article.version,
      publishAt: inSeconds(1).toISOString(),
      unpublishAt: inSeconds(2.5).toISOString(),
    });
    expect(scheduled).toMatchObject({ ok: true });
    runScheduler(150);
    await eventually(() => isPublic(article.id));
    await eventually(async () => !(await isPublic(article.id)));

    const row = await testDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ status: "UNPUBLISHED", unpublishAt: null });
    expect(row.publishedAt).not.toBeNull();
    expect(await getLatestArticles(5)).toEqual([]);
    expect(
      await testDb().articleAuthor.findFirstOrThrow({ where: { articleId: article.id } }),
    ).toMatchObject({ publishedAt: null });
    const unpublishes = await auditOf(article.id, "article.unpublish");
    expect(unpublishes).toEqual([
      expect.objectContaining({
        actorId: null,
        data: expect.objectContaining({ by: "scheduler" }),
      }),
    ]);
  });

  it("unpublishes a published article whose time has come, once", async () => {
    const article = await createReadyArticle({
      status: "PUBLISHED",
      unpublishAt: new Date(Date.now() - 1000),
    });
    expect(await isPublic(article.id)).toBe(true);
    const reports = await Promise.all([publishDueArticles(), publishDueArticles()]);
    expect(reports.flatMap((r) => r.unpublished.map((item) => item.id))).toEqual([article.id]);
    expect(await isPublic(article.id)).toBe(false);
    expect(await auditOf(article.id, "article.unpublish")).toHaveLength(1);
  });
});

describe("requests that notice overdue work", () => {
  it("publish it in the background, at most once per interval per process", async () => {
    const due = await createReadyArticle({
      status: "SCHEDULED",
      scheduledAt: new Date(Date.now() - 1000),
    });
    const start = Date.now() + 10 * 60_000;
    expect(nudgeScheduler(start)).toBe(true);
    await eventually(() => isPublic(due.id));
    expect(nudgeScheduler(start + 1000)).toBe(false);
    expect(nudgeScheduler(start + 31_000)).toBe(true);
  });
});

describe("an article edited after it was scheduled", () => {
  it("is held, not published, when it no longer passes the checklist, and says why once", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const article = await createReadyArticle({ authorIds: [editor.authorId!] });
    actAs(editor);
    const scheduled = await scheduleArticleAction({
      id: article.id,
      version: article.version,
      publishAt: inSeconds(60).toISOString(),
    });
    if (!scheduled.ok) throw new Error(scheduled.error);
    const { version, ...fields } = await storedArticleFields(article.id);
    const saved = await saveArticleAction({
      id: article.id,
      version,
      mode: "save",
      fields: { ...fields, standfirst: "Too short to say much." },
    });
    if (!saved.ok) throw new Error(saved.error);

    const later = inSeconds(120);
    const first = await publishDueArticles(later);
    const second = await publishDueArticles(later);
    expect(first.published).toEqual([]);
    expect(first.held).toEqual([
      expect.objectContaining({ id: article.id, firstTime: true, problems: expect.any(Array) }),
    ]);
    expect(first.held[0]!.problems.join(" ")).toMatch(/standfirst/);
    expect(second.held).toEqual([expect.objectContaining({ id: article.id, firstTime: false })]);
    expect(await auditOf(article.id, "article.schedule-held")).toHaveLength(1);
    // The dashboard shows it overdue, in red, with the reason.
    const dashboard = await getDashboard(editor, later);
    expect(dashboard.scheduled.overdue).toBe(1);
    expect(dashboard.scheduled.items).toEqual([
      expect.objectContaining({
        id: article.id,
        overdue: true,
        heldBecause: [expect.stringMatching(/standfirst/)],
      }),
    ]);
    expect((await testDb().article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
      "SCHEDULED",
    );

    // Fixed: the next run publishes it.
    const again = await storedArticleFields(article.id);
    const { version: fixedFrom, ...broken } = again;
    const fixed = await saveArticleAction({
      id: article.id,
      version: fixedFrom,
      mode: "save",
      fields: {
        ...broken,
        standfirst: "The port reopened on Monday after three weeks of repairs.",
      },
    });
    if (!fixed.ok) throw new Error(fixed.error);
    expect((await publishDueArticles(later)).published.map((item) => item.id)).toEqual([
      article.id,
    ]);
  });

  it("is held when its unpublish time passed before it could go out", async () => {
    const article = await createReadyArticle({
      status: "SCHEDULED",
      scheduledAt: new Date(Date.now() - 2 * 3600_000),
      unpublishAt: new Date(Date.now() - 3600_000),
    });
    const report = await publishDueArticles();
    expect(report.held).toEqual([
      expect.objectContaining({
        id: article.id,
        problems: ["Its unpublish time passed before it could be published."],
      }),
    ]);
    expect(await isPublic(article.id)).toBe(false);
  });
});
