import { describe, expect, it, vi } from "vitest";
import { publishArticleAction, unpublishArticleAction } from "@/lib/articles/editing/actions";
import { getNarrationPanelAction } from "@/lib/narration/actions";
import { retryDelayMs } from "@/lib/narration/claims";
import { queueNarration } from "@/lib/narration/queue";
import { runNarrations } from "@/lib/narration/run-narrations";
import { actingStaff } from "./acting-staff";
import { testDb } from "./database";
import { publishReport, startEachNarrationTest } from "./narration-setup";
import { failingProvider, later, narrationsOf, reportBody, TEST_CONFIG } from "./narration-support";
import { createReadyArticle } from "./scheduling-fixtures";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachNarrationTest();

describe("failures", () => {
  it("are retried with growing pauses, then marked failed with the error; publication stands", async () => {
    const { article } = await publishReport("Port reopens");
    const provider = failingProvider("OpenAI had a server error (HTTP 503).", true);
    const start = new Date();

    const first = await runNarrations(start, { provider, config: TEST_CONFIG });
    expect(first.join("\n")).toMatch(/attempt 1 of 3\), retrying in 30 s/);
    let [row] = await narrationsOf(article.id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: /HTTP 503/ });
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(
      start.getTime() + retryDelayMs(1) - 1000,
    );

    // Not before its time.
    expect(await runNarrations(start, { provider, config: TEST_CONFIG })).toEqual([]);

    await runNarrations(later(start, 1), { provider, config: TEST_CONFIG });
    [row] = await narrationsOf(article.id);
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });

    const last = await runNarrations(later(start, 60), { provider, config: TEST_CONFIG });
    expect(last.join("\n")).toMatch(/failed after 3 attempt\(s\): OpenAI had a server error/);
    [row] = await narrationsOf(article.id);
    expect(row).toMatchObject({ status: "FAILED", attempts: 3, lastError: /HTTP 503/ });
    expect(await runNarrations(later(start, 600), { provider, config: TEST_CONFIG })).toEqual([]);

    const stored = await testDb().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.status).toBe("PUBLISHED");
  });

  it("fail at once when trying again cannot help, and the editor panel shows why", async () => {
    const { article } = await publishReport("Port reopens");
    const provider = failingProvider("OpenAI refused the API key (HTTP 401).", false);
    await runNarrations(new Date(), { provider, config: TEST_CONFIG });
    expect(await narrationsOf(article.id)).toMatchObject([
      { status: "FAILED", attempts: 1, lastError: "OpenAI refused the API key (HTTP 401)." },
    ]);
    const panel = await getNarrationPanelAction({ articleId: article.id });
    expect(panel).toMatchObject({
      ok: true,
      data: { live: null, job: { status: "FAILED", lastError: /API key/ } },
    });
  });

  it("wait, without a fallback voice, while a hosted provider has no key", async () => {
    const { article } = await publishReport("Port reopens");
    const config = { ...TEST_CONFIG, provider: "openai" as const, voice: "alloy" };
    const lines = await runNarrations(new Date(), { config });
    expect(lines).toEqual([expect.stringMatching(/cannot run: .*OPENAI_API_KEY is not set/)]);
    // Said once, not on every tick.
    expect(await runNarrations(new Date(), { config })).toEqual([]);
    expect(await narrationsOf(article.id)).toMatchObject([{ status: "PENDING", attempts: 0 }]);
  });
});

describe("claims and leases", () => {
  it("take a run back whose holder died once its lease has run out", async () => {
    const { article } = await publishReport("Port reopens");
    const [queued] = await narrationsOf(article.id);
    await testDb().narration.update({
      where: { id: queued!.id },
      data: {
        status: "RUNNING",
        attempts: 1,
        leaseToken: "a-process-that-crashed",
        leaseExpiresAt: new Date(Date.now() + 60_000),
      },
    });
    // Still leased: left alone.
    expect(await runNarrations(new Date(), { config: TEST_CONFIG })).toEqual([]);
    const lines = await runNarrations(later(new Date(), 5), { config: TEST_CONFIG });
    expect(lines.join("\n")).toMatch(/ready “Port reopens”/);
    expect(await narrationsOf(article.id)).toMatchObject([{ status: "READY", attempts: 2 }]);
  });

  it("give up on a run that keeps dying after the last attempt", async () => {
    const { article } = await publishReport("Port reopens");
    const [queued] = await narrationsOf(article.id);
    await testDb().narration.update({
      where: { id: queued!.id },
      data: { status: "RUNNING", attempts: 3, leaseToken: "gone", leaseExpiresAt: new Date() },
    });
    await runNarrations(later(new Date(), 5), { config: TEST_CONFIG });
    expect(await narrationsOf(article.id)).toMatchObject([
      { status: "FAILED", lastError: /Stopped without finishing 3 times/ },
    ]);
  });

  it("never lets two runners make the same narration", async () => {
    const { article } = await publishReport("Port reopens");
    const second = await createReadyArticle({ title: "Second story", body: reportBody });
    const published = await publishArticleAction({ id: second.id, version: second.version });
    expect(published.ok).toBe(true);
    const runs = await Promise.all([
      runNarrations(new Date(), { config: TEST_CONFIG }),
      runNarrations(new Date(), { config: TEST_CONFIG }),
    ]);
    const ready = runs.flat().filter((line) => line.includes("ready"));
    expect(ready).toHaveLength(2);
    for (const id of [article.id, second.id]) {
      expect(await narrationsOf(id)).toMatchObject([{ status: "READY", attempts: 1 }]);
    }
  });

  it("drop a queued narration of a story unpublished before its turn", async () => {
    const { article, version } = await publishReport("Port reopens");
    const down = await unpublishArticleAction({ id: article.id, version });
    expect(down.ok).toBe(true);
    const lines = await runNarrations(new Date(), { config: TEST_CONFIG });
    expect(lines.join("\n")).toMatch(/no longer published/);
    expect(await narrationsOf(article.id)).toEqual([]);
  });
});

describe("the delay after a publish", () => {
  it("holds a narration until it is due, and a fix made meanwhile replaces it unmade", async () => {
    const { article, version } = await publishReport("Port reopens");
    await testDb().narration.deleteMany({ where: { articleId: article.id } });
    const config = { ...TEST_CONFIG, delayMs: 15_000 };
    const source = {
      articleId: article.id,
      version,
      type: "NEWS",
      title: "Port reopens",
      standfirst: "",
      authorIds: [],
      body: reportBody,
    };
    const queuedAt = Date.now();
    expect(await testDb().$transaction((tx) => queueNarration(tx, source, config))).toBe(true);
    let rows = await narrationsOf(article.id);
    expect(rows).toMatchObject([{ status: "PENDING" }]);
    expect(rows[0]!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(queuedAt + 15_000);

    // Not made before its time.
    expect(await runNarrations(new Date(), { config })).toEqual([]);
    expect(await narrationsOf(article.id)).toMatchObject([{ status: "PENDING", attempts: 0 }]);

    // A fix within the delay: one waiting narration, of the fixed text.
    const fixed = { ...source, version: version + 1, title: "Port reopens to grain ships" };
    expect(await testDb().$transaction((tx) => queueNarration(tx, fixed, config))).toBe(true);
    rows = await narrationsOf(article.id);
    expect(rows).toMatchObject([{ status: "PENDING", articleVersion: version + 1 }]);

    const lines = await runNarrations(new Date(Date.now() + 16_000), { config });
    expect(lines.join("\n")).toMatch(/ready/);
    expect(await narrationsOf(article.id)).toMatchObject([{ status: "READY" }]);
  });
});
