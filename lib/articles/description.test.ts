import { describe, expect, it } from "vitest";
import { articleDescription } from "./description";

describe("articleDescription", () => {
  it("is the SEO description when there is one", () => {
    expect(
      articleDescription({ seoDescription: " Port reopens. ", standfirst: "The port reopened." }),
    ).toBe("Port reopens.");
  });

  it("falls back to the standfirst when the SEO description is empty or blank", () => {
    expect(articleDescription({ seoDescription: "  ", standfirst: "The port reopened." })).toBe(
      "The port reopened.",
    );
    expect(articleDescription({ seoDescription: "", standfirst: "" })).toBe("");
  });
});
