import { beforeEach, describe, expect, it } from "vitest";
import { pruneRevisions, retentionPolicy } from "@/lib/articles/revisions/retention";
import { testDb, truncateAll } from "./database";
import { createArticle } from "./factories";
import { paragraphs } from "./revisions-support";

beforeEach(truncateAll);

const DAY = 24 * 60 * 60_000;
const now = new Date("2026-11-27T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

type Kind = "AUTOSAVE" | "SAVE" | "PUBLISH" | "RESTORE";

/** Writes revisions version 1…n with the given kinds and ages in days. */
async function history(articleId: string, rows: [Kind, number][]) {
  await testDb().revision.createMany({
    data: rows.map(([kind, age], i) => ({
      articleId,
      version: i + 1,
      kind,
      snapshot: { title: `v${i + 1}`, body: paragraphs("x") },
      createdAt: daysAgo(age),
    })),
  });
}

async function versionsOf(articleId: string) {
  const rows = await testDb().revision.findMany({
    where: { articleId },
    orderBy: { version: "asc" },
    select: { version: true },
  });
  return rows.map((row) => row.version);
}

describe("pruneRevisions", () => {
  it("deletes only old saves and autosaves beyond the newest ones, never publishes or restores", async () => {
    const article = await createArticle({ status: "DRAFT" });
    await history(article.id, [
      ["SAVE", 400], // 1: old save → pruned
      ["PUBLISH", 390], // 2: published version → kept
      ["AUTOSAVE", 380], // 3: old autosave → pruned
      ["RESTORE", 370], // 4: restore → kept
      ["SAVE", 200], // 5: old save → pruned
      ["SAVE", 100], // 6: among the newest 3 → kept
      ["SAVE", 30], // 7: young → kept
      ["AUTOSAVE", 1], // 8: young and the newest → kept
    ]);
    const result = await pruneRevisions(now, { keepDays: 90, keepLatest: 3 });
    expect(result).toEqual({ deleted: 3 });
    expect(await versionsOf(article.id)).toEqual([2, 4, 6, 7, 8]);
    expect(
      await testDb().auditLog.findFirst({ where: { action: "revisions.prune" } }),
    ).toMatchObject({
      data: { deleted: 3, keepLatest: 3 },
    });
    // Running again (or on another server at the same time) finds nothing more.
    expect(await pruneRevisions(now, { keepDays: 90, keepLatest: 3 })).toEqual({ deleted: 0 });
  });

  it("always keeps the newest revision, which a published article shows", async () => {
    const live = await createArticle({ status: "PUBLISHED" });
    const draft = await createArticle({ status: "DRAFT" });
    await history(live.id, [
      ["SAVE", 500],
      ["SAVE", 400], // saved while published: this is what readers see
    ]);
    await history(draft.id, [["AUTOSAVE", 500]]);
    // Even a policy that keeps nothing by age or count keeps these.
    expect(await pruneRevisions(now, { keepDays: 0, keepLatest: 0 })).toEqual({ deleted: 1 });
    expect(await versionsOf(live.id)).toEqual([2]);
    expect(await versionsOf(draft.id)).toEqual([1]);
  });

  it("counts each article's newest revisions separately", async () => {
    const a = await createArticle({ status: "DRAFT" });
    const b = await createArticle({ status: "DRAFT" });
    await history(a.id, [
      ["SAVE", 300],
      ["SAVE", 300],
      ["SAVE", 300],
    ]);
    await history(b.id, [
      ["SAVE", 300],
      ["SAVE", 300],
    ]);
    expect(await pruneRevisions(now, { keepDays: 90, keepLatest: 2 })).toEqual({ deleted: 1 });
    expect(await versionsOf(a.id)).toEqual([2, 3]);
    expect(await versionsOf(b.id)).toEqual([1, 2]);
  });

  it("keeps 90 days and the latest 50 by default", async () => {
    expect(retentionPolicy()).toEqual({ keepDays: 90, keepLatest: 50 });
    const article = await createArticle({ status: "DRAFT" });
    await history(
      article.id,
      Array.from({ length: 55 }, (): [Kind, number] => ["SAVE", 120]),
    );
    await history(
      (await createArticle({ status: "DRAFT" })).id,
      Array.from({ length: 55 }, (): [Kind, number] => ["SAVE", 60]),
    );
    expect(await pruneRevisions(now)).toEqual({ deleted: 5 });
    expect((await versionsOf(article.id))[0]).toBe(6);
  });
});
