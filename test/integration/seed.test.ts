import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { LocalDiskStorage } from "@/lib/media/local-storage";
import { buildDemoArticle } from "@/lib/seed/demo/build-newsroom";
import { DEMO_PICTURES } from "@/lib/seed/demo/pictures";
import { STORIES } from "@/lib/seed/demo/stories/stories";
import { DEMO_STAFF } from "@/lib/seed/demo-settings";
import { isSeedComplete, seedNewsroom, SeedRefusedError } from "@/lib/seed/seed-newsroom";
import { testDb, truncateAll } from "./database";
import { createSection } from "./factories";

const storage = new LocalDiskStorage(".data/test-media");
const now = new Date("2026-11-20T12:00:00Z");

beforeEach(truncateAll);

describe("demo seed", () => {
  it("loads a complete newsroom, deterministically", async () => {
    const result = await seedNewsroom(testDb(), storage, { articles: 12, seed: 7, now });
    expect(result).toMatchObject({ resumed: false, written: 12 });

    const db = testDb();
    expect(await db.section.count({ where: { edition: "en" } })).toBe(7);
    // The Ukrainian edition: its sections and 40 stories, those whose
    // English original is in the demo linked to it.
    expect(await db.section.count({ where: { edition: "uk" } })).toBe(5);
    expect(await db.article.count({ where: { edition: "uk", status: "PUBLISHED" } })).toBe(40);
    // Audio for the newest stories: 12 English, then a third as many Ukrainian.
    const queued = await db.narration.findMany({
      orderBy: { nextAttemptAt: "asc" },
      select: { article: { select: { edition: true } } },
    });
    expect(queued.map((row) => row.article.edition)).toEqual([
      ...Array<string>(12).fill("en"),
      ...Array<string>(4).fill("uk"),
    ]);
    expect(
      await db.article.count({ where: { edition: "uk", translationOf: { edition: "en" } } }),
    ).toBeGreaterThanOrEqual(5);
    expect(await db.tag.count()).toBeGreaterThanOrEqual(25);
    expect(await db.author.count()).toBeGreaterThanOrEqual(10);
    expect(await db.newsletter.count({ where: { edition: "en" } })).toBe(4);
    expect(await db.newsletter.count({ where: { edition: "uk" } })).toBe(1);
    expect(await db.article.count({ where: { type: "PAGE", status: "PUBLISHED" } })).toBe(6);
    expect(
      await db.article.count({
        where: { type: { notIn: ["PAGE", "LIVE_BLOG"] }, status: "PUBLISHED", edition: "en" },
      }),
    ).toBe(12);
    expect(
      await db.article.count({ where: { status: { in: ["DRAFT", "IN_REVIEW", "SCHEDULED"] } } }),
    ).toBe(4);
    // One live blog still live, ~40 updates over the last day (one pinned,
    // several with pictures), and one that has ended.
    const live = await db.liveBlog.findMany({
      select: { state: true, updates: { select: { pinned: true, publishedAt: true, body: true } } },
      orderBy: { state: "asc" },
    });
    expect(live.map((blog) => blog.state)).toEqual(["LIVE", "ENDED"]);
    const stream = live[0]!.updates;
    expect(stream.length).toBeGreaterThanOrEqual(35);
    expect(stream.filter((update) => update.pinned)).toHaveLength(1);
    expect(
      stream.filter((update) => JSON.stringify(update.body).includes('"image"')).length,
    ).toBeGreaterThanOrEqual(3);
    for (const update of stream) {
      expect(now.getTime() - update.publishedAt!.getTime()).toBeLessThanOrEqual(24 * 3_600_000);
    }
    // Every article and page is reachable through exactly one canonical route.
    expect(await db.route.count({ where: { articleId: { not: null } } })).toBe(
      await db.article.count(),
    );

    const newest = await db.article.findFirstOrThrow({
      where: { status: "PUBLISHED", type: { notIn: ["PAGE", "LIVE_BLOG"] }, edition: "en" },
      orderBy: { publishedAt: "desc" },
      include: {
        authors: { orderBy: { position: "asc" }, include: { author: true } },
        heroImage: true,
      },
    });
    const expected = buildDemoArticle(0, { count: 12, now, seed: 7, compact: false });
    expect(newest.title).toBe(expected.title);
    expect(newest.publishedAt).toEqual(expected.publishedAt);
    expect(newest.authors.map((a) => a.author.slug)).toEqual(expected.authorSlugs);
    expect(newest.heroImage?.mimeType).toBe("image/jpeg");
    expect(await storage.size(newest.heroImage!.storageKey)).toBeGreaterThan(1000);

    // Pictures and portraits: stored once each, every author with a portrait.
    expect(await db.media.count({ where: { id: { startsWith: "demo-image-" } } })).toBe(
      DEMO_PICTURES.length,
    );
    expect(await db.author.count({ where: { avatarId: null } })).toBe(0);
    const portrait = await db.media.findUniqueOrThrow({
      where: { id: "demo-portrait-daria-melnychuk" },
    });
    expect(portrait).toMatchObject({ width: 480, height: 480, mimeType: "image/jpeg" });
    expect(await storage.size(portrait.storageKey)).toBe(portrait.bytes);

    // The hand-written stories come first, their placeholders swapped for real ids.
    const [lead, explainer] = await Promise.all(
      [STORIES[0]!, STORIES[1]!].map((story) =>
        db.article.findUniqueOrThrow({
          where: { slug: story.slug },
          select: { id: true, body: true },
        }),
      ),
    );
    const body = JSON.stringify(lead!.body);
    expect(body).toContain(`"articleId":"${explainer!.id}"`);
    const bodies = await db.article.findMany({ select: { body: true } });
    for (const row of bodies) expect(JSON.stringify(row.body)).not.toContain('"demo:');
    const images = [...body.matchAll(/"mediaId":"([^"]+)"/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThan(0);
    expect(await db.media.count({ where: { id: { in: images } } })).toBe(new Set(images).size);

    for (const staff of DEMO_STAFF) {
      const user = await db.staffUser.findUniqueOrThrow({ where: { email: staff.email } });
      expect(user.role).toBe(staff.role);
      expect(await verifyPassword(user.passwordHash, staff.password)).toBe(true);
      if (staff.authorSlug) {
        expect(
          (await db.author.findUniqueOrThrow({ where: { slug: staff.authorSlug } })).staffUserId,
        ).toBe(user.id);
      }
    }
  });

  it("resumes an interrupted run without duplicating anything", async () => {
    const interrupted = seedNewsroom(testDb(), storage, {
      articles: 30,
      seed: 7,
      now,
      batchSize: 10,
      onProgress: ({ done }) => {
        if (done === 10) throw new Error("power cut");
      },
    });
    await expect(interrupted).rejects.toThrow("power cut");
    expect(
      await testDb().article.count({
        where: { type: { notIn: ["PAGE", "LIVE_BLOG"] }, status: "PUBLISHED", edition: "en" },
      }),
    ).toBe(10);

    const resumed = await seedNewsroom(testDb(), storage, { articles: 30, seed: 7, batchSize: 10 });
    expect(resumed).toMatchObject({ resumed: true, written: 20 });
    expect(
      await testDb().article.count({
        where: { type: { notIn: ["PAGE", "LIVE_BLOG"] }, status: "PUBLISHED", edition: "en" },
      }),
    ).toBe(30);
    expect(await testDb().section.count({ where: { edition: "en" } })).toBe(7);
    expect(await testDb().article.count({ where: { edition: "uk" } })).toBe(40);

    const again = await seedNewsroom(testDb(), storage, { articles: 30, seed: 7 });
    expect(again.written).toBe(0);
  });

  it("stays complete when editors later change the demo content", async () => {
    await seedNewsroom(testDb(), storage, { articles: 8, seed: 7, now });
    expect(await isSeedComplete(testDb())).toBe(true);
    const victim = await testDb().article.findFirstOrThrow({
      where: { status: "PUBLISHED", type: "NEWS" },
    });
    await testDb().article.delete({ where: { id: victim.id } });
    await testDb().article.updateMany({
      where: { status: { not: "PUBLISHED" } },
      data: { status: "PUBLISHED" },
    });

    expect(await isSeedComplete(testDb())).toBe(true);
    const rerun = await seedNewsroom(testDb(), storage, { articles: 8, seed: 7 });
    expect(rerun.written).toBe(0);
  });

  it("refuses a database with other content, and a different size", async () => {
    await createSection({ slug: "local-news" });
    await expect(
      seedNewsroom(testDb(), storage, { articles: 5, seed: 7, now }),
    ).rejects.toBeInstanceOf(SeedRefusedError);
    expect(await testDb().section.count()).toBe(1);

    await truncateAll();
    await seedNewsroom(testDb(), storage, { articles: 5, seed: 7, now });
    await expect(seedNewsroom(testDb(), storage, { articles: 50, seed: 7 })).rejects.toThrow(
      /db:reset -- --articles 50/,
    );
  });
});
