import { describe, expect, it } from "vitest";
import {
  EMPTY_FILTERS,
  MAX_EDITOR_PAGE,
  NO_SECTION,
  editorListHref,
  hasListFilters,
  parseEditorListParams,
} from "./editor-list-params";

describe("parseEditorListParams", () => {
  it("reads every filter", () => {
    expect(
      parseEditorListParams({
        q: "  grain corridor ",
        status: "IN_REVIEW",
        type: "PAGE",
        edition: "uk",
        section: "war",
        author: "iryna-k",
        mine: "1",
        dateField: "published",
        from: "2026-11-01",
        to: "2026-11-30",
        page: "3",
      }),
    ).toEqual({
      q: "grain corridor",
      status: "IN_REVIEW",
      type: "PAGE",
      edition: "uk",
      section: "war",
      author: "iryna-k",
      mine: true,
      dateField: "published",
      from: "2026-11-01",
      to: "2026-11-30",
      page: 3,
    });
  });

  it("gives the unfiltered first page for an empty query string", () => {
    expect(parseEditorListParams({})).toEqual(EMPTY_FILTERS);
  });

  it("treats the GET form's empty fields as not set", () => {
    expect(parseEditorListParams({ q: "", status: "", section: "", from: "", page: "" })).toEqual(
      EMPTY_FILTERS,
    );
  });

  it("ignores bad values one by one instead of failing", () => {
    expect(
      parseEditorListParams({
        q: "bridge",
        status: "ARCHIVED",
        type: "news",
        section: "War Desk!",
        author: "../etc",
        mine: "yes please",
        dateField: "created",
        from: "2026-02-31",
        to: "2026-13-45",
        page: "-4",
      }),
    ).toEqual({ ...EMPTY_FILTERS, q: "bridge" });
    expect(parseEditorListParams({ page: "2.5" }).page).toBe(1);
    expect(parseEditorListParams({ page: "abc" }).page).toBe(1);
    expect(parseEditorListParams({ page: "99999" }).page).toBe(1);
    expect(parseEditorListParams({ page: String(MAX_EDITOR_PAGE) }).page).toBe(MAX_EDITOR_PAGE);
  });

  it("takes the first of repeated parameters", () => {
    expect(parseEditorListParams({ status: ["DRAFT", "PUBLISHED"] }).status).toBe("DRAFT");
  });

  it("strips control characters and caps the query length", () => {
    expect(parseEditorListParams({ q: "a\u0000b\nc" }).q).toBe("a b c");
    expect(parseEditorListParams({ q: "x".repeat(500) }).q).toHaveLength(200);
  });

  it("accepts the no-section value and the form's checkbox value", () => {
    const filters = parseEditorListParams({ section: NO_SECTION, mine: "on" });
    expect(filters.section).toBe(NO_SECTION);
    expect(filters.mine).toBe(true);
  });

  it("puts a backwards date range the right way round", () => {
    const filters = parseEditorListParams({ from: "2026-11-30", to: "2026-11-01" });
    expect([filters.from, filters.to]).toEqual(["2026-11-01", "2026-11-30"]);
  });
});

describe("editorListHref", () => {
  it("is the bare path without filters", () => {
    expect(editorListHref(EMPTY_FILTERS)).toBe("/editor/articles");
  });

  it("keeps only what is set and round-trips through the parser", () => {
    const filters = parseEditorListParams({
      q: "drones -Kharkiv",
      status: "DRAFT",
      section: NO_SECTION,
      mine: "1",
      dateField: "published",
      from: "2026-11-01",
    });
    const href = editorListHref(filters, { page: 2 });
    expect(href).toBe(
      "/editor/articles?q=drones+-Kharkiv&status=DRAFT&section=_none&mine=1&dateField=published&from=2026-11-01&page=2",
    );
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseEditorListParams(query)).toEqual({ ...filters, page: 2 });
  });

  it("drops the date field when no range is set", () => {
    expect(editorListHref({ ...EMPTY_FILTERS, dateField: "published" })).toBe("/editor/articles");
  });
});

describe("hasListFilters", () => {
  it("ignores the page number", () => {
    expect(hasListFilters({ ...EMPTY_FILTERS, page: 4 })).toBe(false);
    expect(hasListFilters({ ...EMPTY_FILTERS, type: "PAGE" })).toBe(true);
  });
});
