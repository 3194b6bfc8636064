import { describe, expect, it } from "vitest";
import { documentSchema } from "../../documents/schema.ts";
import { checkSlug, slugify } from "../../slugs/rules.ts";
import { buildDemoNewsroom } from "./build-newsroom.ts";

const ALLOWED_LINK = [
  /^https:\/\/example\.com\/[a-z0-9/-]+$/,
  /^https:\/\/x\.com\/[A-Za-z0-9_]+$/,
  /^https:\/\/bsky\.app\/profile\/[a-z0-9-]+\.bsky\.social$/,
  /^mailto:[a-z0-9.]+@example\.com$/,
];

describe("buildDemoNewsroom", () => {
  const newsroom = buildDemoNewsroom();

  it("is deterministic and returns fresh copies", () => {
    const again = buildDemoNewsroom();
    expect(again).toEqual(newsroom);
    again.sections[0]!.name = "Changed";
    expect(buildDemoNewsroom().sections[0]!.name).toBe("War");
  });

  it("has the seven sections in navigation order", () => {
    expect(newsroom.sections.map((s) => s.slug)).toEqual([
      "war",
      "analysis",
      "russias-war",
      "national",
      "human-story",
      "field-report",
      "company-news",
    ]);
    expect(newsroom.sections.map((s) => s.name)).toEqual([
      "War",
      "Analysis",
      "Russia's War",
      "National",
      "Human Story",
      "Field Report",
      "Company News",
    ]);
    for (const section of newsroom.sections) {
      expect(Object.keys(section).sort()).toEqual(["description", "name", "slug"]);
      expect(section.description).toMatch(/^[A-Z].{20,200}\.$/);
    }
  });

  it("has about 30 tags with slugs made by slugify", () => {
    expect(newsroom.tags.length).toBeGreaterThanOrEqual(28);
    expect(newsroom.tags.length).toBeLessThanOrEqual(34);
    const slugs = newsroom.tags.map((tag) => tag.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const tag of newsroom.tags) {
      expect(tag.slug).toBe(slugify(tag.name));
      expect(checkSlug(tag.slug)).toBeNull();
      expect(tag.description.length).toBeGreaterThan(10);
    }
    for (const name of [
      "Ukraine",
      "Russia",
      "North Korea",
      "G7",
      "Prisoners of war",
      "Frontline",
    ]) {
      expect(newsroom.tags.map((tag) => tag.name)).toContain(name);
    }
  });

  it("has about a dozen authors, two or three of them guests, with bios and safe links", () => {
    const { authors } = newsroom;
    expect(authors.length).toBeGreaterThanOrEqual(11);
    expect(authors.length).toBeLessThanOrEqual(14);
    const guests = authors.filter((author) => author.guest);
    expect(guests.length).toBeGreaterThanOrEqual(2);
    expect(guests.length).toBeLessThanOrEqual(3);
    expect(new Set(authors.map((a) => a.slug)).size).toBe(authors.length);
    expect(authors.some((a) => /columnist/i.test(a.jobTitle))).toBe(true);
    expect(authors.some((a) => /photographer/i.test(a.jobTitle))).toBe(true);
    expect(authors.filter((a) => /editor/i.test(a.jobTitle)).length).toBeGreaterThanOrEqual(2);
    for (const author of authors) {
      expect(author.slug).toBe(slugify(author.name));
      const sentences = author.bio.split(/(?<=\.)\s+/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(3);
      expect(author.links.length).toBeGreaterThanOrEqual(1);
      expect(author.links.length).toBeLessThanOrEqual(3);
      for (const link of author.links) {
        expect(
          ALLOWED_LINK.some((pattern) => pattern.test(link.url)),
          link.url,
        ).toBe(true);
        if (link.kind === "email") expect(link.url.startsWith("mailto:")).toBe(true);
        if (link.kind === "x") expect(link.url.startsWith("https://x.com/")).toBe(true);
        if (link.kind === "bluesky") expect(link.url.startsWith("https://bsky.app/")).toBe(true);
      }
    }
  });

  it("has the six static pages with valid, substantial bodies", () => {
    expect(newsroom.pages.map((page) => page.slug)).toEqual([
      "about",
      "team",
      "jobs",
      "advertising",
      "contacts",
      "submit-an-opinion",
    ]);
    for (const page of newsroom.pages) {
      expect(checkSlug(page.slug)).toBeNull();
      expect(() => documentSchema.parse(page.body)).not.toThrow();
      expect(page.title.length).toBeGreaterThan(5);
      expect(page.standfirst.length).toBeGreaterThan(60);
      const types = page.body.content.map((block) => block.type);
      expect(types.filter((type) => type === "paragraph").length).toBeGreaterThanOrEqual(2);
      expect(types).toContain("heading");
    }
    const contacts = JSON.stringify(newsroom.pages.find((p) => p.slug === "contacts"));
    expect(contacts).toContain("mailto:tips@example.com");
    expect(contacts).not.toMatch(/@(?!example\.com)[a-z]+\.[a-z]+/);
  });

  it("lists every staff member on the team page", () => {
    const team = JSON.stringify(newsroom.pages.find((p) => p.slug === "team"));
    for (const author of newsroom.authors.filter((a) => !a.guest)) {
      expect(team).toContain(`/author/${author.slug}`);
    }
  });

  it("has four English newsletters and one Ukrainian, with cadences", () => {
    const english = newsroom.newsletters.filter((n) => (n.edition ?? "en") === "en");
    const ukrainian = newsroom.newsletters.filter((n) => n.edition === "uk");
    expect(english).toHaveLength(4);
    expect(ukrainian).toHaveLength(1);
    expect(new Set(newsroom.newsletters.map((n) => n.slug)).size).toBe(5);
    for (const newsletter of newsroom.newsletters) {
      expect(checkSlug(newsletter.slug)).toBeNull();
      expect(newsletter.description.length).toBeGreaterThan(40);
    }
    for (const newsletter of english) {
      expect(newsletter.cadence).toMatch(/^(Daily|Weekly|As it happens)$/);
    }
    expect(ukrainian[0]!.cadence).toBe("Щодня");
  });
});
