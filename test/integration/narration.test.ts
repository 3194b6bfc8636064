import { describe, expect, it, vi } from "vitest";
import { publishArticleAction, saveArticleAction } from "@/lib/articles/editing/actions";
import { getPublishedArticle } from "@/lib/articles/queries";
import { getPodcastFeed } from "@/lib/narration/podcast-feed";
import { runNarrations } from "@/lib/narration/run-narrations";
import { getArticleSeo } from "@/lib/seo/article-seo";
import { actAs, actingStaff } from "./acting-staff";
import { testDb } from "./database";
import { storedArticleFields } from "./factories";
import { publishReport, startEachNarrationTest } from "./narration-setup";
import { decodeMp3, fetchAudio, narrationsOf, TEST_CONFIG } from "./narration-support";
import { createReadyArticle } from "./scheduling-fixtures";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachNarrationTest();

describe("narration of a published article", () => {
  it("is queued by the publish and made by the background task into a playable MP3", async () => {
    const { article, version } = await publishReport();
    expect(await narrationsOf(article.id)).toMatchObject([
      { status: "PENDING", articleVersion: version, provider: "espeak", attempts: 0 },
    ]);
    // The page is cached without audio meanwhile…
    expect((await getPublishedArticle(article.id))?.narration).toBeNull();

    const started = Date.now();
    const lines = await runNarrations(new Date(), { config: TEST_CONFIG });
    const took = Date.now() - started;
    expect(lines.join("\n")).toMatch(/ready “Drones hit the port of Izmail”/);

    const [row] = await narrationsOf(article.id);
    expect(row).toMatchObject({ status: "READY", attempts: 1, leaseToken: null });
    expect(row!.chunksDone).toBe(row!.chunksTotal);
    const media = await testDb().media.findUniqueOrThrow({ where: { id: row!.mediaId! } });
    expect(media).toMatchObject({ kind: "AUDIO", mimeType: "audio/mpeg" });

    // …and shows it as soon as it is ready: the task refreshed its cache tags.
    const dto = await getPublishedArticle(article.id);
    expect(dto?.narration).toEqual({
      url: `/media/${media.storageKey}`,
      type: "audio/mpeg",
      bytes: media.bytes,
      durationMs: media.durationMs,
    });
    expect((await getArticleSeo(article.id)).audio?.url).toBe(`/media/${media.storageKey}`);

    const response = await fetchAudio(dto!.narration!.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    const bytes = await response.arrayBuffer();
    expect(bytes.byteLength).toBe(media.bytes);

    // About 130 words at eSpeak's 165 a minute, with pauses: 35 to 90 seconds.
    const { seconds, rms } = await decodeMp3(bytes);
    expect(seconds).toBeGreaterThan(35);
    expect(seconds).toBeLessThan(90);
    expect(Math.abs(seconds * 1000 - media.durationMs!)).toBeLessThan(500);
    expect(rms).toBeGreaterThan(0.02);
    console.info(`[narration test] ${seconds.toFixed(1)} s of audio made in ${took} ms`);
  });

  it("answers range requests so players can seek", async () => {
    const { article } = await publishReport();
    await runNarrations(new Date(), { config: TEST_CONFIG });
    const { narration } = (await getPublishedArticle(article.id))!;
    const partial = await fetchAudio(narration!.url, { Range: "bytes=1000-1999" });
    expect(partial.status).toBe(206);
    expect(partial.headers.get("content-type")).toBe("audio/mpeg");
    expect(partial.headers.get("content-range")).toBe(`bytes 1000-1999/${narration!.bytes}`);
    expect((await partial.arrayBuffer()).byteLength).toBe(1000);
    const tail = await fetchAudio(narration!.url, { Range: `bytes=${narration!.bytes}-` });
    expect(tail.status).toBe(416);
  });

  it("lists the narrated article in the podcast feed with an enclosure", async () => {
    const { article } = await publishReport();
    const before = await getPodcastFeed();
    expect(before.body).not.toContain("<enclosure");
    await runNarrations(new Date(), { config: TEST_CONFIG });
    const { narration } = (await getPublishedArticle(article.id))!;
    const feed = await getPodcastFeed();
    expect(feed.body).toContain(
      `<enclosure url="http://localhost:3000${narration!.url}" length="${narration!.bytes}" type="audio/mpeg"/>`,
    );
    expect(feed.body).toContain("<title>Drones hit the port of Izmail</title>");
    expect(feed.body).toMatch(/<itunes:duration>\d+:\d\d<\/itunes:duration>/);
  });
});

describe("when an article is narrated again", () => {
  it("never after an ordinary save, again after a substantive update, replacing the old audio", async () => {
    const { editor, article } = await publishReport();
    await runNarrations(new Date(), { config: TEST_CONFIG });
    const [first] = await narrationsOf(article.id);
    const firstMedia = await testDb().media.findUniqueOrThrow({ where: { id: first!.mediaId! } });

    // A substantive update that changes nothing read aloud (the SEO text).
    actAs(editor);
    const seo = await storedArticleFields(article.id);
    const seoSaved = await saveArticleAction({
      id: article.id,
      version: seo.version,
      mode: "save",
      substantive: true,
      fields: { ...seo, seoDescription: "Drones hit Izmail's grain terminals." },
    });
    expect(seoSaved.ok).toBe(true);
    expect(await narrationsOf(article.id)).toHaveLength(1);

    // A typo fix, saved without "Substantive update".
    const typo = await storedArticleFields(article.id);
    const fixedBody = JSON.parse(
      JSON.stringify(typo.body).replace("Izmail overnight", "Izmail overnight,"),
    );
    const saved = await saveArticleAction({
      id: article.id,
      version: typo.version,
      mode: "save",
      fields: { ...typo, body: fixedBody },
    });
    expect(saved.ok).toBe(true);
    expect(await narrationsOf(article.id)).toHaveLength(1);

    // A substantive update of the story itself.
    const update = await storedArticleFields(article.id);
    const longer = {
      ...update.body,
      content: [
        ...update.body.content,
        {
          type: "paragraph" as const,
          content: [
            { type: "text" as const, text: "Officials later said a third terminal was hit." },
          ],
        },
      ],
    };
    const substantive = await saveArticleAction({
      id: article.id,
      version: update.version,
      mode: "save",
      substantive: true,
      fields: { ...update, body: longer },
    });
    if (!substantive.ok) throw new Error(substantive.error);
    const queued = await narrationsOf(article.id);
    expect(queued.map((row) => [row.status, row.articleVersion])).toEqual([
      ["READY", first!.articleVersion],
      ["PENDING", substantive.data.version],
    ]);
    // Readers keep hearing the previous audio until the new one is ready.
    expect((await getPublishedArticle(article.id))?.narration?.bytes).toBe(firstMedia.bytes);

    await runNarrations(new Date(), { config: TEST_CONFIG });
    const after = await narrationsOf(article.id);
    expect(after).toMatchObject([{ status: "READY", articleVersion: substantive.data.version }]);
    expect(after[0]!.mediaId).not.toBe(first!.mediaId);
    // The superseded file and its row are gone.
    expect(await testDb().media.findUnique({ where: { id: firstMedia.id } })).toBeNull();
    expect((await fetchAudio(`/media/${firstMedia.storageKey}`)).status).toBe(404);
    const dto = await getPublishedArticle(article.id);
    expect(dto?.narration?.durationMs).toBeGreaterThan(firstMedia.durationMs!);
  });

  it("is not queued for static pages, nor again when an unchanged story is republished", async () => {
    const { editor, article } = await publishReport();
    await runNarrations(new Date(), { config: TEST_CONFIG });
    const { unpublishArticleAction } = await import("@/lib/articles/editing/actions");
    actAs(editor);
    const current = await testDb().article.findUniqueOrThrow({ where: { id: article.id } });
    const down = await unpublishArticleAction({ id: article.id, version: current.version });
    if (!down.ok) throw new Error(down.error);
    const up = await publishArticleAction({ id: article.id, version: down.data.version });
    expect(up.ok).toBe(true);
    expect((await narrationsOf(article.id)).map((row) => row.status)).toEqual(["READY"]);

    const page = await createReadyArticle({ type: "PAGE", title: "About us" });
    const pagePublished = await publishArticleAction({ id: page.id, version: page.version });
    expect(pagePublished.ok).toBe(true);
    expect(await narrationsOf(page.id)).toEqual([]);
  });
});
