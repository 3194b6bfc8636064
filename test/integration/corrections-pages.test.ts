import { describe, expect, it, vi } from "vitest";
import {
  addCorrectionAction,
  editCorrectionAction,
  removeCorrectionAction,
} from "@/lib/articles/corrections/actions";
import { listRecentCorrections } from "@/lib/articles/corrections/queries";
import { toZonedInputValue } from "@/lib/dates/zoned-time";
import { decodeCursor } from "@/lib/articles/cursor";
import { saveArticleAction, unpublishArticleAction } from "@/lib/articles/editing/actions";
import { getPublishedArticle } from "@/lib/articles/queries";
import { getArticleSeo } from "@/lib/seo/article-seo";
import { articleJsonLd } from "@/lib/seo/json-ld-article";
import { seoContext } from "@/lib/seo/json-ld-site";
import { getSiteSettings } from "@/lib/site/settings";
import { actingStaff, startEachTestAs } from "./acting-staff";
import { ago, noteState } from "./corrections-support";
import { createArticle, storedArticleFields } from "./factories";

vi.mock("@/lib/auth/session", async (load) => ({
  ...(await load<typeof import("@/lib/auth/session")>()),
  getCurrentStaff: async () => actingStaff(),
}));

startEachTestAs("EDITOR");

async function note(
  articleId: string,
  kind: "CORRECTION" | "CLARIFICATION" | "UPDATE",
  text: string,
) {
  const result = await addCorrectionAction({ articleId, kind, text });
  if (!result.ok) throw new Error(result.error);
  return result.data.notes.find((n) => n.text === text)!;
}

async function save(id: string, title: string, substantive?: boolean) {
  const { version, ...fields } = await storedArticleFields(id);
  const result = await saveArticleAction({
    id,
    version,
    mode: "save",
    fields: { ...fields, title },
    substantive,
  });
  if (!result.ok) throw new Error(result.error);
}

const page = async (id: string) => (await getPublishedArticle(id))!;

async function jsonLd(id: string) {
  const [news] = articleJsonLd(
    seoContext(await getSiteSettings()),
    await page(id),
    await getArticleSeo(id),
  );
  return news as { datePublished: string; dateModified: string; correction?: unknown[] };
}

describe("the article page after a note or a save", () => {
  it("shows the note and moves Updated for a correction, but not for a plain save", async () => {
    const article = await createArticle({ title: "Drones hit the port", publishedAt: ago(120) });
    expect((await page(article.id)).substantiveUpdatedAt).toBeNull();

    const added = await note(
      article.id,
      "CORRECTION",
      "An earlier version misstated the number of drones.",
    );
    const shown = await page(article.id);
    expect(shown.corrections).toEqual([
      {
        kind: "CORRECTION",
        text: "An earlier version misstated the number of drones.",
        publishedAt: new Date(added.publishedAt),
      },
    ]);
    expect(shown.substantiveUpdatedAt).toEqual(new Date(added.publishedAt));

    // A typo fix: the page shows the new headline, and the same Updated time.
    await save(article.id, "Drones hit the harbour");
    const fixed = await page(article.id);
    expect(fixed.title).toBe("Drones hit the harbour");
    expect(fixed.substantiveUpdatedAt).toEqual(new Date(added.publishedAt));
    expect((await noteState(article.id)).audits.map((a) => a.action)).not.toContain(
      "article.substantive-update",
    );
  });

  it("moves Updated when a save is marked substantive, and records it", async () => {
    const article = await createArticle({ publishedAt: ago(120) });
    const before = Date.now();
    await save(article.id, "New figures from the ministry", true);
    const updated = (await page(article.id)).substantiveUpdatedAt;
    expect(updated?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const { audits, version } = await noteState(article.id);
    expect(audits.find((a) => a.action === "article.substantive-update")?.data).toMatchObject({
      version,
      at: updated?.toISOString(),
    });
  });

  it("ignores the substantive choice for an article that is not published", async () => {
    const draft = await createArticle({ status: "DRAFT", publishedAt: null });
    await save(draft.id, "Still a draft", true);
    expect((await noteState(draft.id)).substantiveUpdatedAt).toBeNull();
  });

  it("gives crawlers each correction and clarification, and dateModified from the latest note", async () => {
    const article = await createArticle({ publishedAt: ago(120) });
    const plain = await jsonLd(article.id);
    expect(plain.dateModified).toBe(plain.datePublished);
    expect(plain.correction).toBeUndefined();

    await note(article.id, "CORRECTION", "The bridge is in Kherson, not Mykolaiv.");
    await note(article.id, "CLARIFICATION", "The figures are the ministry's, not ours.");
    const update = await note(article.id, "UPDATE", "Added the governor's statement.");
    const news = await jsonLd(article.id);
    expect(news.correction).toEqual([
      expect.objectContaining({
        "@type": "CorrectionComment",
        text: "The bridge is in Kherson, not Mykolaiv.",
      }),
      expect.objectContaining({
        "@type": "CorrectionComment",
        text: "The figures are the ministry's, not ours.",
      }),
    ]);
    expect(news.dateModified).toBe(update.publishedAt);
    expect(news.dateModified > news.datePublished).toBe(true);
  });
});

describe("the /corrections page", () => {
  const texts = async (limit?: number) =>
    (await listRecentCorrections(null, limit)).corrections.map((c) => c.text);

  it("lists a note as soon as it is added, reworded or removed, through the cache", async () => {
    const article = await createArticle({ title: "Port reopens", publishedAt: ago(120) });
    expect(await texts()).toEqual([]);

    const added = await note(
      article.id,
      "CLARIFICATION",
      "The port reopened for grain ships only.",
    );
    const [listed] = (await listRecentCorrections(null)).corrections;
    expect(listed).toMatchObject({
      kind: "CLARIFICATION",
      text: "The port reopened for grain ships only.",
      article: { slug: article.slug, title: "Port reopens" },
    });

    await editCorrectionAction({
      id: added.id,
      text: "The port reopened for grain and fuel ships.",
    });
    expect(await texts()).toEqual(["The port reopened for grain and fuel ships."]);
    await removeCorrectionAction({ id: added.id });
    expect(await texts()).toEqual([]);
  });

  it("follows the article: a new headline shows, an unpublished article's notes go", async () => {
    const article = await createArticle({ title: "Old headline", publishedAt: ago(120) });
    await note(article.id, "UPDATE", "Added the mayor's account of the night.");
    expect((await listRecentCorrections(null)).corrections[0]?.article.title).toBe("Old headline");

    await save(article.id, "New headline");
    expect((await listRecentCorrections(null)).corrections[0]?.article.title).toBe("New headline");

    const { version } = await noteState(article.id);
    expect(await unpublishArticleAction({ id: article.id, version })).toMatchObject({ ok: true });
    expect(await texts()).toEqual([]);
  });

  it("pages newest first with a cursor, never repeating a note", async () => {
    const article = await createArticle({ publishedAt: ago(300) });
    const other = await createArticle({ publishedAt: ago(300) });
    for (const [minutes, text] of [
      [240, "The oldest note of the three."],
      [180, "The middle note of the three."],
      [60, "The newest note of the three."],
    ] as const) {
      const { timezone } = await getSiteSettings();
      const result = await addCorrectionAction({
        articleId: minutes === 180 ? other.id : article.id,
        kind: "CORRECTION",
        text,
        publishedAt: toZonedInputValue(ago(minutes), timezone),
      });
      expect(result.ok).toBe(true);
    }
    const first = await listRecentCorrections(null, 2);
    expect(first.corrections.map((c) => c.text)).toEqual([
      "The newest note of the three.",
      "The middle note of the three.",
    ]);
    const second = await listRecentCorrections(decodeCursor(first.older ?? undefined), 2);
    expect(second.corrections.map((c) => c.text)).toEqual(["The oldest note of the three."]);
    expect(second.older).toBeNull();
  });
});
