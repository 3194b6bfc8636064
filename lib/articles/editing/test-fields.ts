import type { ArticleFields } from "./schemas";

/** A complete set of article fields for tests, with overrides. */
export function testFields(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return {
    title: "Drones hit Kyiv overnight",
    slug: "drones-hit-kyiv-overnight",
    standfirst: "Air defence shot down most of them.",
    type: "NEWS",
    sectionId: "sec-war",
    tagIds: ["tag-kyiv"],
    authorIds: ["author-1"],
    heroImageId: null,
    heroAlt: "",
    heroCaption: "",
    heroCredit: "",
    seoTitle: "",
    seoDescription: "",
    seoImageId: null,
    featured: false,
    editorsPick: false,
    body: {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "First paragraph." }] }],
    },
    ...overrides,
  };
}
