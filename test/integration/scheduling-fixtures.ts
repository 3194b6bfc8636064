import { randomUUID } from "node:crypto";
import type { ArticleStatus, ArticleType } from "@/generated/prisma/enums";
import type { ArticleFields } from "@/lib/articles/editing/schemas";
import type { ArticleDocument } from "@/lib/documents/schema";
import { testDb } from "./database";
import { createArticle, createAuthor, createSection, sampleBody } from "./factories";

/**
 * Articles that pass the pre-publish checklist (lib/articles/editing/
 * checklist.ts): a section, a standfirst of the right length, a byline, a
 * hero image with alt text and credit, and an SEO description. Tests that
 * publish start from these rather than weakening the rule.
 */

export const READY_STANDFIRST =
  "The port reopened on Monday after three weeks of repairs to the quay.";

/** A library image (no file behind it: the checklist reads only its texts). */
export async function createImage(texts: { alt?: string; credit?: string; caption?: string } = {}) {
  const key = randomUUID();
  return testDb().media.create({
    data: {
      kind: "IMAGE",
      storageKey: `test/${key}.webp`,
      mimeType: "image/webp",
      bytes: 1000,
      width: 1600,
      height: 900,
      sha256: key,
      alt: texts.alt ?? "Cranes over the harbour at dawn",
      credit: texts.credit ?? "Jane Roe/Reuters",
      caption: texts.caption ?? "",
    },
  });
}

/** The checklist fields of a ready article, to spread into a save or a create. */
export async function readyFieldValues(sectionId?: string) {
  const section = sectionId ? { id: sectionId } : await createSection();
  const hero = await createImage();
  return {
    sectionId: section.id,
    standfirst: READY_STANDFIRST,
    heroImageId: hero.id,
    heroAlt: "Cranes over the harbour at dawn",
    heroCredit: "Jane Roe/Reuters",
    heroCaption: "",
    seoDescription: "The port reopened after repairs.",
  } satisfies Partial<ArticleFields>;
}

/** An article in any status that passes the checklist. */
export async function createReadyArticle(
  overrides: {
    status?: ArticleStatus;
    type?: ArticleType;
    title?: string;
    authorIds?: string[];
    tagIds?: string[];
    sectionId?: string;
    publishedAt?: Date | null;
    scheduledAt?: Date | null;
    unpublishAt?: Date | null;
    body?: ArticleDocument;
  } = {},
) {
  const ready = await readyFieldValues(overrides.sectionId);
  const authorIds = overrides.authorIds ?? [(await createAuthor()).id];
  const article = await createArticle({
    status: overrides.status ?? "DRAFT",
    type: overrides.type,
    title: overrides.title,
    authorIds,
    tagIds: overrides.tagIds,
    sectionId: ready.sectionId,
    standfirst: ready.standfirst,
    publishedAt: overrides.publishedAt,
    body: overrides.body ?? sampleBody,
  });
  return testDb().article.update({
    where: { id: article.id },
    data: {
      heroImageId: ready.heroImageId,
      heroAlt: ready.heroAlt,
      heroCredit: ready.heroCredit,
      seoDescription: ready.seoDescription,
      scheduledAt: overrides.scheduledAt ?? null,
      unpublishAt: overrides.unpublishAt ?? null,
    },
  });
}

/** Waits for `check` to hold, polling; no fixed sleeps. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  { timeoutMs = 20_000, everyMs = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
