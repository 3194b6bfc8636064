import { describe, expect, it } from "vitest";
import {
  bodyComparisonText,
  copyGroup,
  describeGroup,
  differingGroups,
  FIELD_GROUPS,
  sameValue,
  type FieldNames,
} from "./field-diff";
import { testFields } from "@/lib/articles/editing/test-fields";

const names: FieldNames = {
  section: (id) => ({ "sec-war": "War", "sec-analysis": "Analysis" })[id],
  tag: (id) => ({ "tag-kyiv": "Kyiv", "tag-g7": "G7" })[id],
  author: (id) => ({ "author-1": "Olena Petrenko", "author-2": "Guest Writer" })[id],
  image: (id) => ({ "img-1": "Rescuers at a damaged building" })[id],
  article: (id) => ({ "art-2": "Editorial: hold the line" })[id],
};

const group = (key: string) => FIELD_GROUPS.find((g) => g.key === key)!;

describe("sameValue", () => {
  it("ignores key order and undefined keys", () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ type: "paragraph", content: undefined }, { type: "paragraph" })).toBe(true);
  });

  it("notices order in arrays and changed values", () => {
    expect(sameValue(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameValue({ a: null }, { a: "" })).toBe(false);
    expect(sameValue({ a: 1 }, null)).toBe(false);
  });
});

describe("differingGroups", () => {
  it("is empty for identical versions", () => {
    expect(differingGroups(testFields(), testFields())).toEqual([]);
  });

  it("lists each differing group once, in screen order", () => {
    const mine = testFields({ title: "Mine", heroAlt: "a", heroCaption: "b" });
    const theirs = testFields({ tagIds: ["tag-g7"], title: "Theirs" });
    expect(differingGroups(mine, theirs).map((g) => g.key)).toEqual(["title", "tags", "hero"]);
  });

  it("treats a reordered byline list as a difference", () => {
    const mine = testFields({ authorIds: ["author-1", "author-2"] });
    const theirs = testFields({ authorIds: ["author-2", "author-1"] });
    expect(differingGroups(mine, theirs).map((g) => g.key)).toEqual(["bylines"]);
  });
});

describe("copyGroup", () => {
  it("takes every field of the group from theirs and nothing else", () => {
    const mine = testFields({ title: "Mine", seoTitle: "My SEO", seoImageId: null });
    const theirs = testFields({ title: "Theirs", seoTitle: "Their SEO", seoImageId: "img-1" });
    const copied = copyGroup(mine, theirs, group("seo"));
    expect(copied.title).toBe("Mine");
    expect(copied.seoTitle).toBe("Their SEO");
    expect(copied.seoImageId).toBe("img-1");
    expect(mine.seoTitle).toBe("My SEO");
  });

  it("copies arrays so later edits do not reach their version", () => {
    const theirs = testFields({ tagIds: ["tag-g7"] });
    const copied = copyGroup(testFields(), theirs, group("tags"));
    copied.tagIds.push("tag-kyiv");
    expect(theirs.tagIds).toEqual(["tag-g7"]);
  });
});

describe("describeGroup", () => {
  it("names sections, tags and bylines", () => {
    const fields = testFields({
      tagIds: ["tag-kyiv", "tag-g7"],
      authorIds: ["author-2", "author-1"],
    });
    expect(describeGroup(fields, group("section"), names)).toBe("War");
    expect(describeGroup(fields, group("tags"), names)).toBe("Kyiv, G7");
    expect(describeGroup(fields, group("bylines"), names)).toBe("Guest Writer, Olena Petrenko");
    expect(describeGroup(testFields({ sectionId: null }), group("section"), names)).toBe(
      "No section",
    );
    expect(describeGroup(testFields({ tagIds: ["gone"] }), group("tags"), names)).toBe(
      "Unknown tag",
    );
  });

  it("describes images, SEO and flags as lines", () => {
    const fields = testFields({ heroImageId: "img-1", heroCredit: "AP", featured: true });
    expect(describeGroup(fields, group("hero"), names)).toBe(
      "Image: Rescuers at a damaged building\nAlt text: —\nCaption: —\nCredit: AP",
    );
    expect(describeGroup(fields, group("flags"), names)).toBe("Featured");
    expect(describeGroup(testFields(), group("seo"), names)).toBe(
      "Title: —\nDescription: —\nImage: None",
    );
  });
});

describe("bodyComparisonText", () => {
  it("marks blocks without text so that moving them is visible", () => {
    const text = bodyComparisonText(
      {
        type: "doc",
        content: [
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Overnight" }] },
          { type: "image", attrs: { mediaId: "img-1", alt: "", caption: "", credit: "" } },
          { type: "relatedArticle", attrs: { articleId: "art-2" } },
          { type: "paragraph", content: [{ type: "text", text: "Then calm." }] },
        ],
      },
      names,
    );
    expect(text).toBe(
      "Overnight\n\n[Image: Rescuers at a damaged building]\n\n[Related article: Editorial: hold the line]\n\nThen calm.",
    );
  });
});
