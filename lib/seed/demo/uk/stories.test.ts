import { describe, expect, it } from "vitest";
import { checkSlug } from "@/lib/slugs/rules";
import { DEMO_PICTURES } from "../pictures";
import { DEMO_SECTIONS } from "../sections";
import { STORIES } from "../stories/stories";
import { UK_AUTHORS, UK_SECTIONS } from "./edition";
import { UK_STORIES } from "./stories";

describe("the Ukrainian demo edition", () => {
  it("has about forty stories, some of them translations of English ones", () => {
    expect(UK_STORIES.length).toBeGreaterThanOrEqual(38);
    const english = new Set(STORIES.map((story) => story.slug));
    const translated = UK_STORIES.filter((story) => story.translationOf);
    expect(translated.length).toBeGreaterThanOrEqual(8);
    for (const story of translated) expect(english.has(story.translationOf!)).toBe(true);
  });

  it("uses valid slugs that no English section or story takes", () => {
    const taken = new Set([
      ...STORIES.map((story) => story.slug),
      ...DEMO_SECTIONS.map((section) => section.slug),
    ]);
    const slugs = [...UK_STORIES.map((s) => s.slug), ...UK_SECTIONS.map((s) => s.slug)];
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(checkSlug(slug)).toBeNull();
      expect(taken.has(slug)).toBe(false);
    }
  });

  it("files every story under its own sections, authors and existing pictures", () => {
    const sections = new Set(UK_SECTIONS.map((section) => section.slug));
    const authors = new Set(UK_AUTHORS.map((author) => author.slug));
    const pictures = new Set(DEMO_PICTURES.map((picture) => picture.key));
    for (const story of UK_STORIES) {
      expect(sections.has(story.section)).toBe(true);
      for (const author of story.authors) expect(authors.has(author)).toBe(true);
      expect(pictures.has(`${story.picture.motif}-${story.picture.variant - 1}`)).toBe(true);
    }
  });

  it("is written in Ukrainian", () => {
    for (const story of UK_STORIES) expect(story.title).toMatch(/[а-яіїєґ]/i);
    for (const author of UK_AUTHORS) expect(author.name).toMatch(/^[А-ЯІЇЄҐ][а-яіїєґ']+ [А-ЯІЇЄҐ]/);
  });
});
