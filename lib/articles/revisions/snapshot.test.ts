import { describe, expect, it } from "vitest";
import { readSnapshot } from "./snapshot";

describe("readSnapshot", () => {
  it("reads a snapshot written by a save as it was", () => {
    const fields = {
      title: "Headline",
      slug: "headline",
      standfirst: "Standfirst",
      type: "OPINION",
      sectionId: "s1",
      tagIds: ["t1"],
      authorIds: ["a1", "a2"],
      heroImageId: "m1",
      heroAlt: "Alt",
      heroCaption: "Caption",
      heroCredit: "Credit",
      seoTitle: "SEO",
      seoDescription: "Description",
      seoImageId: null,
      featured: true,
      editorsPick: false,
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "Hi" }] }],
      },
    };
    expect(readSnapshot(fields)).toEqual({ fields, tagSlugs: null, authorSlugs: null });
  });

  it("reads seeded snapshots that name tags and bylines by slug", () => {
    const read = readSnapshot({
      title: "Seeded",
      tagSlugs: ["war"],
      authorSlugs: ["olena"],
      status: "PUBLISHED",
    });
    expect(read.tagSlugs).toEqual(["war"]);
    expect(read.authorSlugs).toEqual(["olena"]);
    expect(read.fields.tagIds).toEqual([]);
    expect(read.fields.title).toBe("Seeded");
  });

  it("reads missing or malformed fields as empty instead of failing", () => {
    const read = readSnapshot({
      title: 42,
      type: "BLOG",
      featured: "yes",
      tagIds: ["t1", 7],
      body: { type: "doc", content: [{ type: "script" }, { type: "horizontalRule" }] },
    });
    expect(read.fields).toMatchObject({
      title: "",
      slug: "",
      type: "NEWS",
      featured: false,
      tagIds: ["t1"],
      sectionId: null,
      body: { type: "doc", content: [{ type: "horizontalRule" }] },
    });
    expect(readSnapshot(null).fields.body).toEqual({ type: "doc", content: [] });
  });
});
