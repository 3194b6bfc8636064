import { describe, expect, it } from "vitest";
import { createAuthorSchema } from "./schemas";

const base = {
  name: "Iryna Shevchenko",
  slug: "",
  jobTitle: "",
  bio: "",
  links: [],
  staffUserId: "",
};

describe("createAuthorSchema", () => {
  it("fills the slug from the name and reads an empty account as a guest author", () => {
    expect(createAuthorSchema.parse(base)).toMatchObject({
      slug: "iryna-shevchenko",
      staffUserId: null,
    });
  });

  it("allows slugs the site root reserves, since author pages live under /author/", () => {
    expect(createAuthorSchema.parse({ ...base, slug: "editor" }).slug).toBe("editor");
  });

  it("stores an email link as mailto: and wants full web addresses otherwise", () => {
    const parsed = createAuthorSchema.parse({
      ...base,
      links: [
        { kind: "email", url: "iryna@example.com" },
        { kind: "email", url: "mailto:desk@example.com" },
        { kind: "bluesky", url: "https://bsky.app/profile/iryna" },
      ],
    });
    expect(parsed.links.map((link) => link.url)).toEqual([
      "mailto:iryna@example.com",
      "mailto:desk@example.com",
      "https://bsky.app/profile/iryna",
    ]);
    const bad = createAuthorSchema.safeParse({
      ...base,
      links: [
        { kind: "website", url: "/about" },
        { kind: "x", url: "javascript:alert(1)" },
      ],
    });
    expect(bad.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "links.0.url",
      "links.1.url",
    ]);
  });
});
