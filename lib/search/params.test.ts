import { describe, expect, it } from "vitest";
import { splitSnippet } from "./highlight";
import { cleanSearchQuery, MAX_PAGE, MAX_QUERY, readSearchParams, searchHref } from "./params";

describe("search parameters", () => {
  it("keep what is well-formed and drop the rest", () => {
    expect(
      readSearchParams({
        q: "  drones  ",
        section: "war",
        author: "Bad Slug!",
        from: "2026-11-01",
        to: "2026-13-45",
        page: "3",
      }),
    ).toEqual({
      q: "drones",
      shortened: false,
      section: "war",
      author: null,
      from: "2026-11-01",
      to: null,
      sort: "relevance",
      page: 3,
    });
    expect(readSearchParams({ q: ["first", "second"], page: "-2" })).toMatchObject({
      q: "first",
      page: 1,
    });
    expect(readSearchParams({ page: "99999" }).page).toBe(MAX_PAGE);
    expect(readSearchParams({ q: "x".repeat(500) })).toMatchObject({
      q: "x".repeat(200),
      shortened: true,
    });
    expect(readSearchParams({ q: "drones\u0000\nKharkiv" }).q).toBe("drones  Kharkiv");
    for (const date of ["9999-12-31", "0001-01-01", "2026-02-31", "2026-13-01"]) {
      expect(readSearchParams({ from: date }).from, date).toBeNull();
    }
  });

  it("cut a long query at a word boundary, and say so", () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const { q, shortened } = readSearchParams({ q: words });
    expect(shortened).toBe(true);
    expect(q.length).toBeLessThanOrEqual(MAX_QUERY);
    // Whole words only: the query is a prefix of the original, ending where a word did.
    expect(words.startsWith(q)).toBe(true);
    expect(words[q.length]).toBe(" ");
    expect(q).toMatch(/word\d+$/);
    // Exactly at the limit, or one word that ends there: nothing is cut.
    const exact = `${"a".repeat(99)} ${"b".repeat(100)}`;
    expect(readSearchParams({ q: exact })).toMatchObject({ q: exact, shortened: false });
    expect(readSearchParams({ q: `${exact} more` })).toMatchObject({ q: exact, shortened: true });
  });

  it("leave empty and default fields out of the address", () => {
    const clean = (query: string) =>
      cleanSearchQuery(Object.fromEntries(new URLSearchParams(query)));
    expect(clean("q=drones&section=&author=&from=&to=&sort=relevance")).toBe("/search?q=drones");
    expect(clean("section=&author=")).toBe("/search");
    expect(clean("q=drones&section=war&sort=date")).toBeNull();
    expect(clean("q=a+b&section=war&page=1")).toBe("/search?q=a+b&section=war");
    expect(cleanSearchQuery({ q: ["one", ""] })).toBe("/search?q=one");
  });

  it("build links that keep the filters", () => {
    const params = readSearchParams({ q: "grain & ships", section: "war" });
    expect(searchHref(params, { page: 2 })).toBe("/search?q=grain+%26+ships&section=war&page=2");
    expect(searchHref(readSearchParams({}))).toBe("/search");
  });
});

describe("snippets", () => {
  it("split marked matches into parts without any HTML", () => {
    expect(splitSnippet("Drones over \uE000Kharkiv\uE001 at <b>night</b>")).toEqual([
      { text: "Drones over ", match: false },
      { text: "Kharkiv", match: true },
      { text: " at <b>night</b>", match: false },
    ]);
  });
});
