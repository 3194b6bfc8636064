import { describe, expect, it } from "vitest";
import { documentSchema } from "../../documents/schema.ts";
import { DEMO_AUTHORS } from "./authors.ts";
import { DEMO_LIVE_BLOGS, liveUpdateBody } from "./live-blogs.ts";
import { pictureByKey } from "./pictures.ts";

describe("demo live blogs", () => {
  const [live, ended] = DEMO_LIVE_BLOGS;

  it("has one live blog with about 40 updates over the last day, one pinned, several with pictures", () => {
    expect(live?.endedMinutesAgo).toBeNull();
    expect(live?.updates.length).toBeGreaterThanOrEqual(35);
    expect(live?.updates.filter((update) => update.pinned)).toHaveLength(1);
    expect(live?.updates.filter((update) => update.image).length).toBeGreaterThanOrEqual(3);
    for (const update of live?.updates ?? []) {
      expect(update.minutesAgo).toBeGreaterThan(0);
      expect(update.minutesAgo).toBeLessThan(live!.startedMinutesAgo);
    }
  });

  it("has one that has ended, after its last update", () => {
    expect(ended?.endedMinutesAgo).not.toBeNull();
    for (const update of ended?.updates ?? []) {
      expect(update.minutesAgo).toBeGreaterThan(ended!.endedMinutesAgo!);
    }
  });

  it("uses real pictures and bylines, and bodies the document schema accepts", () => {
    const authors = new Set(DEMO_AUTHORS.map((author) => author.slug));
    for (const blog of DEMO_LIVE_BLOGS) {
      expect(() => pictureByKey(blog.heroKey)).not.toThrow();
      for (const slug of blog.authorSlugs) expect(authors.has(slug), slug).toBe(true);
      for (const update of blog.updates) {
        expect(authors.has(update.author), update.author).toBe(true);
        const body = liveUpdateBody(update, (key) => `demo-image-${key}`);
        expect(documentSchema.safeParse(body).success).toBe(true);
      }
    }
  });
});
