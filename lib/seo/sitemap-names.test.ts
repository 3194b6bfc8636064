import { describe, expect, it } from "vitest";
import { formatSitemapName, monthRange, parseSitemapName, type SitemapName } from "./sitemap-names";

describe("sitemap file names", () => {
  it("round-trips every kind", () => {
    const names: SitemapName[] = [
      { kind: "articles", year: 2026, month: 3, part: 1 },
      { kind: "articles", year: 2026, month: 11, part: 2 },
      { kind: "tags", part: 1 },
      { kind: "authors", part: 3 },
      { kind: "sections" },
      { kind: "pages" },
      { kind: "news" },
    ];
    for (const name of names) expect(parseSitemapName(formatSitemapName(name))).toEqual(name);
    expect(formatSitemapName({ kind: "articles", year: 2026, month: 3, part: 1 })).toBe(
      "articles-2026-03.xml",
    );
  });

  it("refuses anything else, and second spellings of the same file", () => {
    for (const file of [
      "articles-2026-13.xml",
      "articles-2026-00.xml",
      "articles-2026-03-1.xml",
      "articles-2026-03-0.xml",
      "articles-26-03.xml",
      "tags-0.xml",
      "tags-01.xml",
      "tags.xml",
      "news",
      "../sitemap.xml",
      "sections.xml.gz",
    ]) {
      expect(parseSitemapName(file), file).toBeNull();
    }
  });

  it("covers a month in UTC, end excluded", () => {
    expect(monthRange(2026, 12)).toEqual({
      start: new Date("2026-12-01T00:00:00Z"),
      end: new Date("2027-01-01T00:00:00Z"),
    });
  });
});
