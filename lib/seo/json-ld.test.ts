import { describe, expect, it } from "vitest";
import { articleJsonLd, isoDuration, plainCredit } from "./json-ld-article";
import { serializeJsonLd, type JsonLdNode } from "./json-ld-serialize";
import {
  collectionPageJsonLd,
  organizationJsonLd,
  profilePageJsonLd,
  websiteJsonLd,
} from "./json-ld-site";
import { NO_SEO, ORIGIN, testArticle, testContext } from "./test-fixtures";

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const parse = (nodes: JsonLdNode[]) =>
  JSON.parse(serializeJsonLd(nodes)) as { "@context": string; "@graph": Record<string, unknown>[] };

describe("JSON-LD serialisation", () => {
  it("cannot close the script element or start a comment", () => {
    const text = serializeJsonLd({ "@type": "Thing", name: "</script><!-- & \u2028" });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({
      "@context": "https://schema.org",
      "@type": "Thing",
      name: "</script><!-- & \u2028",
    });
  });
});

describe("article structured data", () => {
  it("picks the schema.org type by article type", () => {
    const types = (["NEWS", "ANALYSIS", "OPINION", "EDITORIAL", "FEATURE", "PAGE"] as const).map(
      (type) => articleJsonLd(testContext(), testArticle({ type }), NO_SEO)[0]?.["@type"],
    );
    expect(types).toEqual([
      "NewsArticle",
      "AnalysisNewsArticle",
      "OpinionNewsArticle",
      "OpinionNewsArticle",
      "ReportageNewsArticle",
      "WebPage",
    ]);
    expect(
      articleJsonLd(testContext(), testArticle({ type: "PAGE", slug: "about" }), NO_SEO)[0]?.[
        "@type"
      ],
    ).toBe("AboutPage");
  });

  it("has every field Google asks for, with every author and the corrections", () => {
    const article = testArticle({
      substantiveUpdatedAt: new Date("2026-03-01T09:00:00Z"),
      corrections: [
        {
          kind: "CORRECTION",
          text: "An earlier version misstated the time.",
          publishedAt: new Date("2026-03-01T08:00:00Z"),
        },
        {
          kind: "UPDATE",
          text: "Adds the mayor's comment.",
          publishedAt: new Date("2026-03-01T09:00:00Z"),
        },
      ],
    });
    const [news, breadcrumb] = parse(
      articleJsonLd(testContext(), article, {
        seoImage: null,
        audio: { url: "/media/audio/ab/x.mp3", type: "audio/mpeg", durationMs: 252_000 },
      }),
    )["@graph"];
    const url = `${ORIGIN}/drones-hit-kyiv-overnight`;
    expect(news).toMatchObject({
      "@type": "NewsArticle",
      headline: "Drones hit Kyiv overnight",
      description: "Air defence shot down most of them.",
      url,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      datePublished: "2026-03-01T06:30:00.000Z",
      dateModified: "2026-03-01T09:00:00.000Z",
      articleSection: "War",
      keywords: ["Kyiv", "Drones"],
      inLanguage: "en",
      publisher: {
        "@type": "NewsMediaOrganization",
        name: "The Northern Dispatch",
        logo: { "@type": "ImageObject", url: `${ORIGIN}/og/logo`, width: 600, height: 600 },
      },
      correction: [
        {
          "@type": "CorrectionComment",
          text: "An earlier version misstated the time.",
          datePublished: "2026-03-01T08:00:00.000Z",
        },
      ],
      audio: {
        "@type": "AudioObject",
        contentUrl: `${ORIGIN}/media/audio/ab/x.mp3`,
        encodingFormat: "audio/mpeg",
        duration: "PT4M12S",
      },
    });
    expect(news?.datePublished).toMatch(ISO_WITH_ZONE);
    expect(news?.author).toEqual([
      {
        "@type": "Person",
        "@id": `${ORIGIN}/author/anna-k#person`,
        name: "Anna K",
        url: `${ORIGIN}/author/anna-k`,
        jobTitle: "Reporter",
        sameAs: ["https://x.com/annak"],
        worksFor: { "@id": `${ORIGIN}/#organization` },
      },
      {
        "@type": "Person",
        "@id": `${ORIGIN}/author/oleh-p#person`,
        name: "Oleh P",
        url: `${ORIGIN}/author/oleh-p`,
        worksFor: { "@id": `${ORIGIN}/#organization` },
      },
    ]);
    // 16:9, 4:3 and 1:1, each well over 50,000 pixels, with the credit.
    const images = news?.image as {
      url: string;
      width: number;
      height: number;
      creditText: string;
    }[];
    expect(images.map((image) => image.url)).toEqual([
      `${ORIGIN}/og/crop/16x9/images/ab/abcdef.jpg`,
      `${ORIGIN}/og/crop/4x3/images/ab/abcdef.jpg`,
      `${ORIGIN}/og/crop/1x1/images/ab/abcdef.jpg`,
    ]);
    for (const image of images) expect(image.width * image.height).toBeGreaterThanOrEqual(50_000);
    expect(images[0]?.creditText).toBe("Jane Doe/Agency");
    expect(breadcrumb).toEqual({
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "The Northern Dispatch", item: `${ORIGIN}/` },
        { "@type": "ListItem", position: 2, name: "War", item: `${ORIGIN}/war` },
        { "@type": "ListItem", position: 3, name: "Drones hit Kyiv overnight", item: url },
      ],
    });
  });

  it("keeps dateModified at publication without a substantive update, and uses the card without a picture", () => {
    const [news] = articleJsonLd(testContext(), testArticle({ hero: null }), NO_SEO);
    expect(news?.dateModified).toBe(news?.datePublished);
    expect(news?.correction).toBeUndefined();
    expect(news?.image).toEqual([
      expect.objectContaining({
        url: expect.stringMatching(/^https:\/\/news\.example\.org\/og\/article\/art-1\?v=\w+$/),
        width: 1200,
        height: 630,
      }),
    ]);
  });

  it("prefers the editor's SEO image", () => {
    const [news] = articleJsonLd(testContext(), testArticle(), {
      seoImage: {
        src: "/media/images/cd/seo.png",
        width: 1200,
        height: 630,
        alt: "",
        caption: "",
        credit: "",
      },
      audio: null,
    });
    expect((news?.image as { url: string }[])[0]?.url).toBe(
      `${ORIGIN}/og/crop/16x9/images/cd/seo.png`,
    );
  });
});

describe("site structured data", () => {
  it("describes the newsroom and its search on the home page", () => {
    const ctx = testContext();
    expect(organizationJsonLd(ctx)).toMatchObject({
      "@type": "NewsMediaOrganization",
      "@id": `${ORIGIN}/#organization`,
      url: `${ORIGIN}/`,
      sameAs: ["https://x.com/dispatch", "https://bsky.app/profile/dispatch"],
      publishingPrinciples: `${ORIGIN}/about`,
      correctionsPolicy: `${ORIGIN}/corrections-policy`,
    });
    expect(websiteJsonLd(ctx)).toMatchObject({
      "@type": "WebSite",
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: `${ORIGIN}/search?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    });
  });

  it("lists a collection's stories in order and profiles an author", () => {
    const ctx = testContext();
    const page = collectionPageJsonLd(ctx, {
      name: "War",
      description: "",
      path: "/war",
      stories: [testArticle(), testArticle({ slug: "second", title: "Second" })],
    });
    expect(page).toMatchObject({
      "@type": "CollectionPage",
      url: `${ORIGIN}/war`,
      mainEntity: {
        "@type": "ItemList",
        itemListElement: [
          { position: 1, url: `${ORIGIN}/drones-hit-kyiv-overnight` },
          { position: 2, url: `${ORIGIN}/second` },
        ],
      },
    });
    expect(page.description).toBeUndefined();
    expect(
      profilePageJsonLd(ctx, { slug: "anna-k", name: "Anna K", bio: "Covers Kyiv.", links: [] }),
    ).toMatchObject({
      "@type": "ProfilePage",
      mainEntity: {
        "@type": "Person",
        name: "Anna K",
        url: `${ORIGIN}/author/anna-k`,
        description: "Covers Kyiv.",
      },
    });
  });
});

describe("helpers", () => {
  it("formats durations and credits", () => {
    expect(isoDuration(3_725_000)).toBe("PT1H2M5S");
    expect(isoDuration(400)).toBe("PT1S");
    expect(plainCredit(" (Name/Agency via Getty Images) ")).toBe("Name/Agency via Getty Images");
    expect(plainCredit("Photo: Name")).toBe("Photo: Name");
  });
});
