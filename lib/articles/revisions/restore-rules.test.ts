import { describe, expect, it } from "vitest";
import type { ArticleFields } from "../editing/schemas";
import { testFields } from "../editing/test-fields";
import { prepareRestoredFields, type RestoreContext } from "./restore-rules";

const current: ArticleFields = testFields({
  title: "Now",
  slug: "now",
  standfirst: "",
  sectionId: "s1",
  tagIds: ["t1"],
  authorIds: ["a1"],
  heroImageId: "m1",
  body: { type: "doc", content: [] },
});

const target: ArticleFields = {
  ...current,
  title: "Then",
  slug: "then",
  sectionId: "s-gone",
  tagIds: ["t1", "t-gone", "t2"],
  authorIds: ["a1", "a-gone"],
  heroImageId: "m-gone",
  seoImageId: "m1",
  body: {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Kept." }] },
      { type: "image", attrs: { mediaId: "m-gone", alt: "", caption: "", credit: "" } },
      { type: "image", attrs: { mediaId: "m1", alt: "", caption: "", credit: "" } },
      { type: "relatedArticle", attrs: { articleId: "x-unpublished" } },
      { type: "relatedArticle", attrs: { articleId: "x1" } },
    ],
  },
};

const everyone: RestoreContext = {
  current,
  exists: {
    sections: new Set(["s1"]),
    tags: new Set(["t1", "t2"]),
    authors: new Set(["a1"]),
    images: new Set(["m1"]),
    articles: new Set(["x1"]),
  },
  may: { setTags: true, setFlags: true, setBylines: true, managePages: true },
  slugTaken: null,
};

describe("prepareRestoredFields", () => {
  it("leaves out what no longer exists and says so", () => {
    const { fields, notes } = prepareRestoredFields(target, everyone);
    expect(fields).toMatchObject({
      title: "Then",
      slug: "then",
      sectionId: null,
      tagIds: ["t1", "t2"],
      authorIds: ["a1"],
      heroImageId: null,
      seoImageId: "m1",
    });
    expect(fields.body.content.map((block) => block.type)).toEqual([
      "paragraph",
      "image",
      "relatedArticle",
    ]);
    expect(notes).toEqual([
      expect.stringMatching(/section .* no longer exists/),
      "1 tag of that version no longer exists and was left out.",
      expect.stringMatching(/^1 byline/),
      expect.stringMatching(/hero image/),
      expect.stringMatching(/^1 image in the body is no longer/),
      expect.stringMatching(/^1 related-article card pointed/),
    ]);
    // The input is not changed.
    expect(target.tagIds).toHaveLength(3);
  });

  it("restores everything as it was when everything still exists", () => {
    const clean = {
      ...target,
      sectionId: "s1",
      tagIds: ["t2"],
      authorIds: ["a1"],
      heroImageId: "m1",
      body: current.body,
    };
    const { fields, notes } = prepareRestoredFields(clean, everyone);
    expect(fields).toEqual(clean);
    expect(notes).toEqual([]);
  });

  it("keeps the current address when the old one is taken or no longer valid", () => {
    const taken = prepareRestoredFields(target, {
      ...everyone,
      slugTaken: "Another article already uses or used this address.",
    });
    expect(taken.fields.slug).toBe("now");
    expect(taken.notes.at(-1)).toMatch(/\/then cannot be used now .*keeps \/now/);
    const reserved = prepareRestoredFields({ ...target, slug: "editor" }, everyone);
    expect(reserved.fields.slug).toBe("now");
  });

  it("keeps fields this person may not change at their current values", () => {
    const { fields, notes } = prepareRestoredFields(
      { ...target, type: "PAGE", featured: true },
      {
        ...everyone,
        may: { setTags: false, setFlags: false, setBylines: false, managePages: false },
      },
    );
    expect(fields).toMatchObject({
      title: "Then",
      tagIds: ["t1"],
      authorIds: ["a1"],
      featured: false,
      type: "NEWS",
    });
    expect(notes.join(" ")).toMatch(/Tags were kept/);
    expect(notes.join(" ")).toMatch(/flags were kept/);
    expect(notes.join(" ")).toMatch(/type was kept/);
  });
});
