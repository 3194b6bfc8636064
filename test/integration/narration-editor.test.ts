import { describe, expect, it, vi } from "vitest";
import { getPublishedArticle } from "@/lib/articles/queries";
import {
  getNarrationPanelAction,
  regenerateNarrationAction,
  removeNarrationAction,
} from "@/lib/narration/actions";
import { runNarrations } from "@/lib/narration/run-narrations";
import { actAs, actingStaff } from "./acting-staff";
import { testDb } from "./database";
import { createArticle, createStaff } from "./factories";
import { startEachNarrationTest } from "./narration-setup";
import { fetchAudio, narrationsOf, reportBody, TEST_CONFIG } from "./narration-support";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachNarrationTest();

const story = (authorIds: string[] = [], status: "PUBLISHED" | "DRAFT" = "PUBLISHED") =>
  createArticle({ title: "Grain corridor holds", body: reportBody, authorIds, status });

const audits = (articleId: string) =>
  testDb().auditLog.findMany({
    where: { entityId: articleId, action: { startsWith: "narration." } },
    orderBy: { at: "asc" },
    select: { action: true, actorId: true, data: true },
  });

describe("regenerating narration from the editor", () => {
  it("queues a new narration, audited, and keeps the live audio until it is ready", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const article = await story();
    actAs(editor);
    const queued = await regenerateNarrationAction({ articleId: article.id });
    expect(queued).toMatchObject({
      ok: true,
      data: { canManage: true, live: null, job: { status: "PENDING", attempts: 0 } },
    });
    expect(await audits(article.id)).toMatchObject([
      {
        action: "narration.regenerate",
        actorId: editor.id,
        data: { version: 1, provider: "espeak" },
      },
    ]);
    // Twice in a row is refused while the first is waiting.
    expect(await regenerateNarrationAction({ articleId: article.id })).toMatchObject({
      ok: false,
      error: /already being made/,
    });

    await runNarrations(new Date(), { config: TEST_CONFIG });
    const again = await regenerateNarrationAction({ articleId: article.id });
    if (!again.ok) throw new Error(again.error);
    expect(again.data.live).toMatchObject({ articleVersion: 1, provider: "espeak" });
    expect(again.data.job).toMatchObject({ status: "PENDING" });
    await runNarrations(new Date(), { config: TEST_CONFIG });
    // eSpeak is deterministic: the same text gives the same file, kept once.
    const rows = await narrationsOf(article.id);
    expect(rows).toMatchObject([{ status: "READY" }]);
    expect(await testDb().media.count({ where: { kind: "AUDIO" } })).toBe(1);
  });

  it("is refused for drafts and static pages", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    actAs(editor);
    const draft = await story([], "DRAFT");
    expect(await regenerateNarrationAction({ articleId: draft.id })).toMatchObject({
      ok: false,
      error: /published articles/,
    });
    const page = await createArticle({ type: "PAGE", title: "About" });
    expect(await regenerateNarrationAction({ articleId: page.id })).toMatchObject({
      ok: false,
      error: /not narrated/,
    });
  });
});

describe("who may manage narration", () => {
  it("lets authors handle their own published stories only; contributors never", async () => {
    const author = await createStaff({ role: "AUTHOR" });
    const contributor = await createStaff({ role: "CONTRIBUTOR" });
    const mine = await story([author.authorId!]);
    const theirs = await story();
    const contributed = await story([contributor.authorId!]);

    actAs(author);
    expect(await regenerateNarrationAction({ articleId: mine.id })).toMatchObject({ ok: true });
    expect(await regenerateNarrationAction({ articleId: theirs.id })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await removeNarrationAction({ articleId: theirs.id })).toMatchObject({
      code: "forbidden",
    });
    actAs(contributor);
    expect(await regenerateNarrationAction({ articleId: contributed.id })).toMatchObject({
      code: "forbidden",
    });
    // The contributor may still see the panel of a story they wrote, read-only.
    expect(await getNarrationPanelAction({ articleId: contributed.id })).toMatchObject({
      ok: true,
      data: { canManage: false },
    });
    expect(await getNarrationPanelAction({ articleId: theirs.id })).toMatchObject({
      code: "forbidden",
    });
    expect(await narrationsOf(theirs.id)).toEqual([]);
    expect(await narrationsOf(contributed.id)).toEqual([]);
  });

  it("refuses a signed-out caller", async () => {
    const article = await story();
    expect(await regenerateNarrationAction({ articleId: article.id })).toMatchObject({
      code: "unauthenticated",
    });
  });
});

describe("removing narration", () => {
  it("takes the audio off the article and the disk, audited", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const article = await story();
    actAs(editor);
    await regenerateNarrationAction({ articleId: article.id });
    await runNarrations(new Date(), { config: TEST_CONFIG });
    const live = (await getPublishedArticle(article.id))!.narration!;
    expect((await fetchAudio(live.url)).status).toBe(200);

    const removed = await removeNarrationAction({ articleId: article.id });
    expect(removed).toMatchObject({ ok: true, data: { live: null, job: null } });
    expect(await narrationsOf(article.id)).toEqual([]);
    expect(await testDb().media.count({ where: { kind: "AUDIO" } })).toBe(0);
    expect((await fetchAudio(live.url)).status).toBe(404);
    expect((await getPublishedArticle(article.id))!.narration).toBeNull();
    expect((await audits(article.id)).map((entry) => entry.action)).toEqual([
      "narration.regenerate",
      "narration.remove",
    ]);
    expect(await removeNarrationAction({ articleId: article.id })).toMatchObject({
      ok: false,
      error: /no narration/,
    });
  });

  it("drops the result of a narration removed while it was being made", async () => {
    const editor = await createStaff({ role: "EDITOR" });
    const article = await story();
    actAs(editor);
    await regenerateNarrationAction({ articleId: article.id });
    const slowProvider = {
      name: "espeak" as const,
      voice: "en-us",
      limits: { maxChars: 4000, packParagraphs: true },
      synthesize: async () => {
        // The editor removes it while the engine is speaking.
        await removeNarrationAction({ articleId: article.id });
        return { samples: new Int16Array(22_050).fill(4000), sampleRate: 22_050 };
      },
    };
    const lines = await runNarrations(new Date(), { provider: slowProvider, config: TEST_CONFIG });
    expect(lines.join("\n")).toMatch(/removed or taken over meanwhile/);
    expect(await narrationsOf(article.id)).toEqual([]);
    expect(await testDb().media.count({ where: { kind: "AUDIO" } })).toBe(0);
  });
});
