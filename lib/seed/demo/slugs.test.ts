import { describe, expect, it } from "vitest";
import { checkSlug, RESERVED_SLUGS } from "../../slugs/rules.ts";
import { buildDemoArticle, buildDemoNewsroom, demoArticleSlug } from "./build-newsroom.ts";

const NOW = new Date("2026-11-12T09:30:00Z");
const newsroom = buildDemoNewsroom();
const FORBIDDEN = new Set<string>([
  ...RESERVED_SLUGS,
  ...newsroom.sections.map((s) => s.slug),
  ...newsroom.pages.map((p) => p.slug),
]);

function expectUniqueAndValid(slugs: string[]) {
  const seen = new Set<string>();
  for (const slug of slugs) {
    expect(checkSlug(slug), slug).toBeNull();
    expect(FORBIDDEN.has(slug), slug).toBe(false);
    expect(seen.has(slug), `duplicate ${slug}`).toBe(false);
    seen.add(slug);
  }
}

describe("demo article slugs", () => {
  it("are unique and valid across 100,000 articles", { timeout: 60_000 }, () => {
    const count = 100_000;
    const slugs: string[] = [];
    for (let index = 0; index < count; index++) slugs.push(demoArticleSlug(index, count, 1));
    expectUniqueAndValid(slugs);
    for (const index of [0, 1, 4_321, 99_999]) {
      expect(buildDemoArticle(index, { count, now: NOW, seed: 1, compact: true }).slug).toBe(
        slugs[index],
      );
    }
  });

  it(
    "are unique in a small demo, where most keep the plain title slug",
    { timeout: 30_000 },
    () => {
      const count = 3000;
      const articles = Array.from({ length: count }, (_, index) =>
        buildDemoArticle(index, { count, now: NOW, seed: 5, compact: true }),
      );
      const slugs = articles.map((a) => a.slug);
      expectUniqueAndValid(slugs);
      const plain = articles.filter(
        (a) =>
          a.slug ===
          a.title
            .toLowerCase()
            .replace(/['’]/g, "")
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/^-|-$/g, ""),
      );
      expect(plain.length / count).toBeGreaterThan(0.7);
      expect(new Set(articles.map((a) => a.title)).size / count).toBeGreaterThan(0.75);
    },
  );

  it("match the article's own slug and depend only on index, count and seed", () => {
    const a = buildDemoArticle(42, { count: 500, now: NOW, seed: 9 });
    const b = buildDemoArticle(42, { count: 500, now: new Date("2030-01-01T00:00:00Z"), seed: 9 });
    expect(a.slug).toBe(demoArticleSlug(42, 500, 9));
    expect(b.slug).toBe(a.slug);
    expect(b.title).toBe(a.title);
    expect(b.publishedAt).not.toEqual(a.publishedAt);
  });
});
