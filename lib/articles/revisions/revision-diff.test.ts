import { describe, expect, it } from "vitest";
import type { ArticleFields } from "../editing/schemas";
import { testFields } from "../editing/test-fields";
import { diffList, diffRevisions, type SnapshotNames } from "./revision-diff";

const names: SnapshotNames = {
  section: (id) => ({ s1: "War", s2: "Analysis" })[id],
  tag: (id) => ({ t1: "Ukraine", t2: "G7", t3: "Russia" })[id],
  author: (id) => ({ a1: "Olena Ivanova", a2: "Guest Writer" })[id],
  image: (id) => (id === "m1" ? "Harbour cranes" : undefined),
  article: () => undefined,
};
const imageOf = (id: string | null) =>
  id
    ? { label: names.image(id) ?? "Missing", src: id === "m1" ? "/media/m1.jpg" : null }
    : { label: "No image", src: null };

const base: ArticleFields = testFields({
  title: "Cranes return to the harbour",
  slug: "cranes-return",
  standfirst: "Work resumed on Monday.",
  sectionId: "s1",
  tagIds: ["t1", "t2"],
  authorIds: ["a1"],
  body: {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "Body." }] }],
  },
});

describe("diffRevisions", () => {
  it("reports nothing changed for equal versions and lists every field as unchanged", () => {
    const diff = diffRevisions(base, structuredClone(base), names, imageOf);
    expect(diff.changes).toEqual([]);
    expect(diff.unchanged).toEqual([
      "Headline",
      "Standfirst",
      "Address",
      "Type",
      "Section",
      "Tags",
      "Bylines",
      "Hero image",
      "Hero alt text",
      "Hero caption",
      "Hero credit",
      "SEO title",
      "SEO description",
      "SEO image",
      "Featured",
      "Editors' pick",
      "Body",
    ]);
  });

  it("covers every field, with names instead of ids", () => {
    const after: ArticleFields = {
      ...base,
      title: "Cranes return to the port",
      standfirst: "Work resumed on Tuesday.",
      slug: "cranes-port",
      type: "ANALYSIS",
      sectionId: "s2",
      tagIds: ["t2", "t3"],
      authorIds: ["a1", "a2"],
      heroImageId: "m1",
      heroAlt: "Cranes at dawn",
      heroCaption: "The port at dawn.",
      heroCredit: "Reuters",
      seoTitle: "Cranes",
      seoDescription: "The port reopens.",
      seoImageId: "m1",
      featured: true,
      editorsPick: true,
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "New body." }] }],
      },
    };
    const diff = diffRevisions(base, after, names, imageOf);
    expect(diff.unchanged).toEqual([]);
    const byKey = Object.fromEntries(diff.changes.map((change) => [change.key, change]));
    expect(Object.keys(byKey)).toEqual([
      "title",
      "standfirst",
      "slug",
      "type",
      "sectionId",
      "tagIds",
      "authorIds",
      "heroImageId",
      "heroAlt",
      "heroCaption",
      "heroCredit",
      "seoTitle",
      "seoDescription",
      "seoImageId",
      "featured",
      "editorsPick",
      "body",
    ]);
    expect(byKey.title).toMatchObject({
      kind: "text",
      parts: [
        { kind: "same", text: "Cranes return to the " },
        { kind: "removed", text: "harbour" },
        { kind: "added", text: "port" },
      ],
    });
    expect(byKey.slug).toMatchObject({ before: "/cranes-return", after: "/cranes-port" });
    expect(byKey.type).toMatchObject({ before: "News", after: "Analysis" });
    expect(byKey.sectionId).toMatchObject({ before: "War", after: "Analysis" });
    expect(byKey.tagIds).toMatchObject({
      kind: "list",
      items: [
        { kind: "removed", text: "Ukraine" },
        { kind: "same", text: "G7" },
        { kind: "added", text: "Russia" },
      ],
    });
    expect(byKey.authorIds).toMatchObject({
      items: [
        { kind: "same", text: "Olena Ivanova" },
        { kind: "added", text: "Guest Writer" },
      ],
    });
    expect(byKey.heroImageId).toMatchObject({
      kind: "image",
      before: { label: "No image", src: null },
      after: { label: "Harbour cranes", src: "/media/m1.jpg" },
    });
    expect(byKey.heroCredit).toMatchObject({ parts: [{ kind: "added", text: "Reuters" }] });
    expect(byKey.featured).toMatchObject({ before: "No", after: "Yes" });
    expect(byKey.body).toMatchObject({ kind: "body" });
  });

  it("names deleted sections, tags and authors as deleted", () => {
    const diff = diffRevisions(
      { ...base, sectionId: "gone", tagIds: ["gone"], authorIds: ["gone"] },
      base,
      names,
      imageOf,
    );
    const text = JSON.stringify(diff.changes);
    expect(text).toContain("A deleted section");
    expect(text).toContain("A deleted tag");
    expect(text).toContain("A deleted author");
  });
});

describe("diffList", () => {
  const name = (id: string) => id.toUpperCase();

  it("shows a reordered item once, as moved", () => {
    expect(diffList(["a", "b", "c"], ["c", "a", "b"], name)).toEqual([
      { kind: "moved", text: "C" },
      { kind: "same", text: "A" },
      { kind: "same", text: "B" },
    ]);
  });

  it("keeps removed items where they were", () => {
    expect(diffList(["a", "b", "c"], ["a", "c", "d"], name)).toEqual([
      { kind: "same", text: "A" },
      { kind: "removed", text: "B" },
      { kind: "same", text: "C" },
      { kind: "added", text: "D" },
    ]);
  });
});
