import { describe, expect, it } from "vitest";
import {
  articleChecklist,
  checklistFieldErrors,
  failingItems,
  STANDFIRST_MAX,
  STANDFIRST_MIN,
  type ChecklistFields,
  type MediaTexts,
} from "./checklist";

const library = new Map<string, MediaTexts>([
  ["described", { alt: "Cranes at the port", credit: "Jane Roe/Reuters" }],
  ["bare", { alt: "", credit: "" }],
]);
const media = (id: string) => library.get(id);

const image = (mediaId: string, alt = "") => ({
  type: "image" as const,
  attrs: { mediaId, alt, caption: "", credit: "" },
});

const ready: ChecklistFields = {
  title: "Harbour cranes return to work",
  type: "NEWS",
  authorIds: ["author-1"],
  sectionId: "section-1",
  standfirst: "The port reopened on Monday after three weeks of repairs to the quay.",
  heroImageId: "described",
  heroAlt: "",
  heroCredit: "",
  seoDescription: "The port reopened after repairs.",
  body: { type: "doc", content: [image("described")] },
};

const failing = (fields: ChecklistFields) =>
  failingItems(articleChecklist(fields, media)).map((entry) => entry.key);

describe("the pre-publish checklist", () => {
  it("passes a complete article, using the library's texts where a placement has none", () => {
    const items = articleChecklist(ready, media);
    expect(items.every((entry) => entry.ok && entry.message === null)).toBe(true);
    expect(items.map((entry) => entry.key)).toEqual([
      "headline",
      "standfirst",
      "bodyImages",
      "section",
      "bylines",
      "hero",
      "seoDescription",
    ]);
    expect(checklistFieldErrors(items)).toEqual({});
  });

  it("names each missing item with the field to fix", () => {
    const empty: ChecklistFields = {
      ...ready,
      title: "  ",
      authorIds: [],
      sectionId: null,
      standfirst: "",
      heroImageId: null,
      seoDescription: "",
      body: { type: "doc", content: [image("bare")] },
    };
    expect(failing(empty)).toEqual([
      "headline",
      "standfirst",
      "bodyImages",
      "section",
      "bylines",
      "hero",
      "seoDescription",
    ]);
    expect(Object.keys(checklistFieldErrors(articleChecklist(empty, media))).sort()).toEqual([
      "authorIds",
      "body",
      "heroImageId",
      "sectionId",
      "seoDescription",
      "standfirst",
      "title",
    ]);
  });

  it("keeps the headline out of reach of an override, and everything else within it", () => {
    const items = articleChecklist({ ...ready, title: "", sectionId: null }, media);
    expect(failingItems(items).map((entry) => [entry.key, entry.overridable])).toEqual([
      ["headline", false],
      ["section", true],
    ]);
  });

  it("holds the standfirst within its limits, counting trimmed characters", () => {
    const exactly = (n: number) => `${"a".repeat(n)}   `;
    expect(failing({ ...ready, standfirst: exactly(STANDFIRST_MIN - 1) })).toEqual(["standfirst"]);
    expect(failing({ ...ready, standfirst: exactly(STANDFIRST_MIN) })).toEqual([]);
    expect(failing({ ...ready, standfirst: exactly(STANDFIRST_MAX) })).toEqual([]);
    const long = articleChecklist({ ...ready, standfirst: exactly(STANDFIRST_MAX + 1) }, media);
    expect(checklistFieldErrors(long).standfirst).toContain(`it has ${STANDFIRST_MAX + 1}`);
  });

  it("asks for the hero's alt text and credit, from the placement or the library", () => {
    const bare = { ...ready, heroImageId: "bare" };
    expect(checklistFieldErrors(articleChecklist(bare, media))).toEqual({
      heroAlt: expect.any(String),
      heroCredit: expect.any(String),
    });
    const credited = { ...bare, heroCredit: "Staff photo" };
    const hero = articleChecklist(credited, media).find((entry) => entry.key === "hero")!;
    expect(hero).toMatchObject({ ok: false, field: "heroAlt" });
    expect(failing({ ...credited, heroAlt: "An empty quay at dawn" })).toEqual([]);
  });

  it("needs alt text on every body image the page will draw", () => {
    const body = (...blocks: ReturnType<typeof image>[]) => ({
      ...ready,
      body: { type: "doc" as const, content: blocks },
    });
    expect(failing(body(image("bare"), image("bare", " ")))).toEqual(["bodyImages"]);
    expect(
      checklistFieldErrors(articleChecklist(body(image("bare"), image("bare")), media)).body,
    ).toContain("2 images");
    expect(failing(body(image("bare", "A crane lifts a container")))).toEqual([]);
    // An image that left the library is not drawn, so it needs no alt text.
    expect(failing(body(image("gone")))).toEqual([]);
  });

  it("takes the standfirst as the description when the SEO description is empty", () => {
    expect(failing({ ...ready, seoDescription: "" })).toEqual([]);
    expect(failing({ ...ready, seoDescription: "   ", standfirst: "" })).toEqual([
      "standfirst",
      "seoDescription",
    ]);
    expect(
      failing({ ...ready, seoDescription: "A description of its own.", standfirst: "" }),
    ).toEqual(["standfirst"]);
  });

  it("does not ask a static page for a byline, section or hero", () => {
    const page: ChecklistFields = {
      ...ready,
      type: "PAGE",
      authorIds: [],
      sectionId: null,
      heroImageId: null,
    };
    expect(failing(page)).toEqual([]);
    expect(articleChecklist(page, media).map((entry) => entry.key)).not.toContain("hero");
  });
});
