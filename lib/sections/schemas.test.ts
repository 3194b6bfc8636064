import { describe, expect, it } from "vitest";
import { createTagSchema } from "@/lib/tags/schemas";
import { createSectionSchema, reorderSectionsSchema } from "./schemas";

const section = { name: "Human Story", slug: "", description: "", inNavigation: true };

describe("section and tag forms", () => {
  it("fill an empty slug from the name and lower-case a typed one", () => {
    expect(createSectionSchema.parse(section).slug).toBe("human-story");
    expect(createSectionSchema.parse({ ...section, slug: " Field-Report " }).slug).toBe(
      "field-report",
    );
  });

  it("refuse root words for sections but not for tags", () => {
    const reserved = createSectionSchema.safeParse({ ...section, slug: "search" });
    expect(reserved.error?.issues[0]).toMatchObject({ path: ["slug"] });
    expect(createTagSchema.parse({ name: "Search", slug: "search", description: "" }).slug).toBe(
      "search",
    );
  });

  it("report a bad slug beside a missing name, and a name that makes no slug", () => {
    const both = createSectionSchema.safeParse({ ...section, name: "", slug: "a--b" });
    expect(both.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual([
      "name",
      "slug",
    ]);
    const noSlug = createSectionSchema.safeParse({ ...section, name: "—" });
    expect(noSlug.error?.issues.map((issue) => issue.path.join("."))).toEqual(["slug"]);
  });

  it("refuse an order that names a section twice", () => {
    expect(reorderSectionsSchema.safeParse({ ids: ["a", "b", "a"] }).success).toBe(false);
  });
});
