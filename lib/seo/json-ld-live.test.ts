import { describe, expect, it } from "vitest";
import type { LiveBlogDto, LiveUpdateDto } from "@/lib/liveblog/dto";
import { liveBlogJsonLd, updateHeadline } from "./json-ld-live";
import { NO_SEO, ORIGIN, testArticle, testContext } from "./test-fixtures";

const paragraph = (text: string) => ({
  type: "doc" as const,
  content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }],
});

const blog = (overrides: Partial<LiveBlogDto> = {}): LiveBlogDto => ({
  articleId: "art-1",
  state: "LIVE",
  coverageStartAt: new Date("2026-03-01T06:30:00Z"),
  coverageEndAt: null,
  keyPoints: [],
  lastUpdateAt: new Date("2026-03-01T09:00:00Z"),
  ...overrides,
});

const update = (overrides: Partial<LiveUpdateDto> = {}): LiveUpdateDto => ({
  id: "upd-1",
  title: "",
  body: paragraph("Power is back in the north of the city after crews replaced a transformer."),
  author: { slug: "anna-k", name: "Anna K" },
  publishedAt: new Date("2026-03-01T09:00:00Z"),
  pinned: false,
  version: 1,
  media: {},
  ...overrides,
});

describe("live blog structured data", () => {
  const article = testArticle({ type: "LIVE_BLOG", slug: "grid-live" });

  it("is a LiveBlogPosting with its coverage and a BlogPosting per update", () => {
    const [posting] = liveBlogJsonLd(testContext(), article, NO_SEO, blog(), [
      update({ title: "Power back" }),
      update({ id: "upd-2", author: null }),
    ]);
    expect(posting).toMatchObject({
      "@type": "LiveBlogPosting",
      coverageStartTime: "2026-03-01T06:30:00.000Z",
      dateModified: "2026-03-01T09:00:00.000Z",
    });
    expect(posting?.coverageEndTime).toBeUndefined();
    const [first, second] = posting?.liveBlogUpdate as Record<string, unknown>[];
    expect(first).toMatchObject({
      "@type": "BlogPosting",
      headline: "Power back",
      datePublished: "2026-03-01T09:00:00.000Z",
      url: `${ORIGIN}/grid-live/updates/upd-1`,
      author: { "@type": "Person", name: "Anna K", url: `${ORIGIN}/author/anna-k` },
    });
    // No writer to credit: the newsroom is the author.
    expect((second?.author as Record<string, unknown>)["@type"]).toBe("NewsMediaOrganization");
  });

  it("says when coverage ended", () => {
    const ended = new Date("2026-03-02T18:00:00Z");
    const [posting] = liveBlogJsonLd(
      testContext(),
      article,
      NO_SEO,
      blog({ state: "ENDED", coverageEndAt: ended }),
      [],
    );
    expect(posting?.coverageEndTime).toBe(ended.toISOString());
  });

  it("gives an untitled update a headline from its first words", () => {
    expect(updateHeadline(update(), "Fallback")).toBe(
      "Power is back in the north of the city after crews replaced a transformer.",
    );
    const long = update({ body: paragraph(`${"word ".repeat(60)}end`) });
    const headline = updateHeadline(long, "Fallback");
    expect(headline.length).toBeLessThanOrEqual(111);
    expect(headline.endsWith("…")).toBe(true);
    expect(updateHeadline(update({ body: { type: "doc", content: [] } }), "Fallback")).toBe(
      "Fallback",
    );
  });
});
