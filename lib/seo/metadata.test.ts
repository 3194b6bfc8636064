import { describe, expect, it } from "vitest";
import {
  articleMetadata,
  homeMetadata,
  listMetadata,
  listPageSpan,
  titleWithSite,
} from "./metadata";
import { NO_SEO, testArticle, testSite } from "./test-fixtures";
import { siteOrigin } from "./urls";

// Metadata reads SITE_URL from the environment (the default in tests).
const origin = siteOrigin();

describe("page metadata", () => {
  it("gives an article its title, canonical URL, cards, article:* tags and feeds", () => {
    const meta = articleMetadata(testSite(), testArticle({ seoTitle: "Drones over Kyiv" }), NO_SEO);
    expect(meta.title).toBe("Drones over Kyiv | The Northern Dispatch");
    expect(meta.description).toBe("Air defence shot down most of them.");
    expect(meta.alternates?.canonical).toBe(`${origin}/drones-hit-kyiv-overnight`);
    expect(meta.alternates?.types?.["application/rss+xml"]).toEqual([
      { url: `${origin}/war/feed`, title: "War | The Northern Dispatch" },
      { url: `${origin}/feed`, title: "The Northern Dispatch" },
    ]);
    expect(meta.openGraph).toMatchObject({
      type: "article",
      url: `${origin}/drones-hit-kyiv-overnight`,
      title: "Drones over Kyiv",
      siteName: "The Northern Dispatch",
      publishedTime: "2026-03-01T06:30:00.000Z",
      modifiedTime: undefined,
      section: "War",
      tags: ["Kyiv", "Drones"],
      authors: [`${origin}/author/anna-k`, `${origin}/author/oleh-p`],
      images: [
        {
          url: expect.stringMatching(new RegExp(`^${origin}/og/article/art-1\\?v=\\w+$`)),
          width: 1200,
          height: 630,
          alt: "Drones hit Kyiv overnight",
        },
      ],
    });
    expect(meta.twitter).toMatchObject({
      card: "summary_large_image",
      site: "@dispatch",
      creator: "@annak",
    });
    // Discover shows large pictures only to pages that allow them.
    expect(meta.robots).toEqual({ "max-image-preview": "large" });
  });

  it("names the site once, also when a page's title already names it", () => {
    const about = articleMetadata(
      testSite(),
      testArticle({ type: "PAGE", title: "About The Northern Dispatch", seoTitle: "" }),
      NO_SEO,
    );
    expect(about.title).toBe("About The Northern Dispatch");
    expect(titleWithSite("Team", "The Northern Dispatch")).toBe("Team | The Northern Dispatch");
    expect(titleWithSite("Why the northern dispatch exists", "The Northern Dispatch")).toBe(
      "Why the northern dispatch exists",
    );
  });

  it("lets the SEO image win, and dates substantive updates only", () => {
    const meta = articleMetadata(
      testSite(),
      testArticle({ substantiveUpdatedAt: new Date("2026-03-02T10:00:00Z") }),
      {
        seoImage: {
          src: "/media/images/cd/seo.jpg",
          width: 1200,
          height: 628,
          alt: "",
          caption: "",
          credit: "",
        },
        audio: null,
      },
    );
    expect(meta.openGraph).toMatchObject({
      modifiedTime: "2026-03-02T10:00:00.000Z",
      images: [{ url: `${origin}/media/images/cd/seo.jpg`, width: 1200, height: 628 }],
    });
  });

  it("changes the card URL when the headline or picture changes", () => {
    const card = (article = testArticle()) =>
      (articleMetadata(testSite(), article, NO_SEO).openGraph?.images as { url: string }[])[0]?.url;
    expect(card()).toBe(card());
    expect(card(testArticle({ title: "New headline" }))).not.toBe(card());
    expect(card(testArticle({ hero: null }))).not.toBe(card());
  });

  it("keeps the home title whole and lists the site feed", () => {
    const meta = homeMetadata(testSite());
    expect(meta.title).toBe("The Northern Dispatch: Independent journalism from Ukraine");
    expect(meta.alternates?.canonical).toBe(`${origin}/`);
    expect(meta.openGraph).toMatchObject({ type: "website", title: "The Northern Dispatch" });
  });

  it("does not index deeper pages of a list, but follows them", () => {
    const input = {
      site: testSite(),
      kind: "tag" as const,
      key: "drones",
      kicker: "Topic",
      name: "Drones",
      description: "Drone war.",
      path: "/tag/drones",
      feedPath: "/tag/drones/feed",
    };
    expect(listMetadata(input).robots).toBeUndefined();
    expect(listMetadata(input).alternates?.canonical).toBe(`${origin}/tag/drones`);
    const deeper = listMetadata({ ...input, before: "abc.def" });
    expect(deeper.robots).toEqual({ index: false, follow: true });
    expect(deeper.alternates?.canonical).toBe(`${origin}/tag/drones/older/abc.def`);
  });

  it("tells an older page of a list apart from the first by the days it spans", () => {
    const input = {
      site: testSite(),
      kind: "section" as const,
      key: "war",
      kicker: "Section",
      name: "War",
      description: "The war.",
      path: "/war",
      feedPath: "/war/feed",
    };
    const first = listMetadata(input);
    const older = listMetadata({
      ...input,
      before: "abc.def",
      span: listPageSpan([
        { publishedAt: new Date("2026-03-09T10:00:00Z") },
        { publishedAt: new Date("2026-03-02T10:00:00Z") },
      ]),
    });
    expect(first.title).toBe("War | The Northern Dispatch");
    expect(older.title).toBe("War, March 2–9, 2026 | The Northern Dispatch");
    expect(older.description).toBe(
      "War at The Northern Dispatch: stories published March 2–9, 2026.",
    );
    expect(older.description).not.toBe(first.description);
    expect(listPageSpan([])).toBeNull();
  });
});
