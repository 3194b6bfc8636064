import { describe, expect, it } from "vitest";
import { documentSchema } from "../../../documents/schema.ts";
import { countWords, documentText } from "../../../documents/text.ts";
import { checkSlug, RESERVED_SLUGS } from "../../../slugs/rules.ts";
import { buildDemoArticle, buildDemoNewsroom, demoArticleSlug } from "../build-newsroom.ts";
import { pictureByKey } from "../pictures.ts";
import { STORIES, storyIndex } from "./stories.ts";

const NOW = new Date("2026-11-12T09:30:00Z");
const COUNT = 160;
const newsroom = buildDemoNewsroom();
const built = STORIES.map((_, index) =>
  buildDemoArticle(index, { count: COUNT, now: NOW, seed: 3 }),
);
const words = built.map((article) => countWords(documentText(article.body)));

describe("hand-written stories", () => {
  it("open every demo, newest first, whatever its seed", () => {
    for (const seed of [1, 3, 20261127]) {
      const first = buildDemoArticle(0, { count: COUNT, now: NOW, seed });
      expect(first.slug).toBe(STORIES[0]!.slug);
      expect(first.title).toBe(built[0]!.title);
      // Only the dates in the text follow the publication time.
      expect(first.body.content.length).toBe(built[0]!.body.content.length);
    }
    const tiny = buildDemoArticle(2, { count: 3, now: NOW, seed: 3 });
    expect(tiny.slug).toBe(STORIES[2]!.slug);
  });

  it("have valid, unique slugs that no generated article can take", () => {
    const forbidden = new Set<string>([
      ...RESERVED_SLUGS,
      ...newsroom.sections.map((s) => s.slug),
      ...newsroom.pages.map((p) => p.slug),
    ]);
    expect(new Set(STORIES.map((s) => s.slug)).size).toBe(STORIES.length);
    for (const story of STORIES) {
      expect(checkSlug(story.slug), story.slug).toBeNull();
      expect(forbidden.has(story.slug), story.slug).toBe(false);
      // Above 10,000 articles a generated slug ends in its index in base 36.
      const index = parseInt(story.slug.split("-").pop()!, 36);
      if (index >= STORIES.length && index < 100_000) {
        expect(demoArticleSlug(index, 100_000, 20261127)).not.toBe(story.slug);
      }
    }
  });

  it("are valid documents with titles and standfirsts the editor's rules accept", () => {
    for (const article of built) {
      expect(() => documentSchema.parse(article.body)).not.toThrow();
      expect(article.title.length).toBeGreaterThanOrEqual(40);
      expect(article.title.length).toBeLessThanOrEqual(110);
      expect(article.standfirst.length).toBeGreaterThanOrEqual(90);
      expect(article.standfirst.length).toBeLessThanOrEqual(220);
      expect(article.hero.caption).toMatch(/^[A-Z].*\.$/);
      expect(pictureByKey(article.hero.key).alt).toBe(article.hero.alt);
      for (const image of article.bodyImages) expect(pictureByKey(image.key).alt).toBe(image.alt);
    }
  });

  it("come in every shape: briefs, news, analysis, opinion, editorials and long features", () => {
    const types = new Set(built.map((a) => a.type));
    expect([...types].sort()).toEqual(["ANALYSIS", "EDITORIAL", "FEATURE", "NEWS", "OPINION"]);
    expect(words.filter((n) => n < 150).length).toBeGreaterThanOrEqual(5);
    const long = built.filter((a, i) => a.type === "FEATURE" && words[i]! >= 1400);
    expect(long.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...words)).toBeLessThan(2000);
    const blocks = new Set(built.flatMap((a) => a.body.content.map((block) => block.type)));
    for (const type of [
      "heading",
      "blockquote",
      "pullQuote",
      "bulletList",
      "orderedList",
      "image",
      "relatedArticle",
      "horizontalRule",
    ]) {
      expect(blocks.has(type as never), type).toBe(true);
    }
    expect(new Set(built.map((a) => a.sectionSlug)).size).toBe(newsroom.sections.length);
  });

  it("relate only to older stories, and drop the card when the demo is too small", () => {
    for (const [index, article] of built.entries()) {
      if (!article.relatedSlug) continue;
      expect(storyIndex(article.relatedSlug)!).toBeGreaterThan(index);
    }
    expect(built.filter((a) => a.relatedSlug).length).toBeGreaterThanOrEqual(6);
    const alone = buildDemoArticle(0, { count: 1, now: NOW, seed: 3 });
    expect(alone.relatedSlug).toBeNull();
    expect(alone.body.content.some((block) => block.type === "relatedArticle")).toBe(false);
  });

  it("include a correction and an update, dated after publication", () => {
    const corrected = built.filter((a) => a.corrections.length > 0);
    expect(corrected.length).toBeGreaterThanOrEqual(1);
    for (const article of corrected) {
      expect(article.corrections[0]!.publishedAt.getTime()).toBeGreaterThan(
        article.publishedAt.getTime(),
      );
    }
    expect(built.some((a) => a.substantiveUpdatedAt !== null)).toBe(true);
  });
});
