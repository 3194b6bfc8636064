import { describe, expect, it } from "vitest";
import { splitSnippet } from "./highlight";
import { readSearchParams, searchHref } from "./params";

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
    expect(readSearchParams({ page: "99999" }).page).toBe(50);
    expect(readSearchParams({ q: "x".repeat(500) }).q).toHaveLength(200);
    expect(readSearchParams({ q: "drones\u0000\nKharkiv" }).q).toBe("drones  Kharkiv");
    for (const date of ["9999-12-31", "0001-01-01", "2026-02-31", "2026-13-01"]) {
      expect(readSearchParams({ from: date }).from, date).toBeNull();
    }
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
