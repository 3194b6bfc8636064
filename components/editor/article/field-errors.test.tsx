import { describe, expect, it } from "vitest";
import { errorFor, errorSummary, withoutField } from "./field-errors";

describe("field errors", () => {
  const errors = {
    "fields.title": "Enter a headline.",
    "tagIds.1": "Each tag once.",
    slug: "Another article already uses or used this address.",
    "body.content.3.attrs.url": "Invalid URL",
    "body.content.4": "Also bad",
    form: "Something else",
  };

  it("finds a field's message under its own name or a path inside it", () => {
    expect(errorFor(errors, "title")).toBe("Enter a headline.");
    expect(errorFor(errors, "tagIds")).toBe("Each tag once.");
    expect(errorFor(errors, "body")).toBe("Invalid URL");
    expect(errorFor(errors, "standfirst")).toBeUndefined();
  });

  it("summarises one entry per field in form order, unknown keys last", () => {
    expect(errorSummary(errors).map((e) => e.field)).toEqual([
      "title",
      "body",
      "slug",
      "tagIds",
      "form",
    ]);
  });

  it("forgets a field's errors once it is edited", () => {
    expect(Object.keys(withoutField(errors, "body"))).toEqual([
      "fields.title",
      "tagIds.1",
      "slug",
      "form",
    ]);
  });
});
