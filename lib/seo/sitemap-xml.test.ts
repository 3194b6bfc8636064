import { describe, expect, it } from "vitest";
import { checkNewsSitemap, checkSitemapIndex, checkUrlset } from "@/test/integration/seo-protocols";
import { newsLanguage, renderNewsSitemap, renderSitemapIndex, renderUrlSet } from "./sitemap-xml";

const ORIGIN = "https://news.example.org";

describe("sitemap documents", () => {
  it("write a url set with lastmod and image entries", () => {
    const xml = renderUrlSet([
      {
        loc: `${ORIGIN}/a?x=1&y=2`,
        lastmod: new Date("2026-03-01T06:30:05.900Z"),
        images: [`${ORIGIN}/media/images/ab/c.jpg`],
      },
      { loc: `${ORIGIN}/b`, lastmod: null },
    ]);
    expect(checkUrlset(xml, ORIGIN)).toEqual([
      {
        loc: `${ORIGIN}/a?x=1&y=2`,
        lastmod: "2026-03-01T06:30:05Z",
        images: [`${ORIGIN}/media/images/ab/c.jpg`],
        alternates: [],
      },
      { loc: `${ORIGIN}/b`, lastmod: null, images: [], alternates: [] },
    ]);
  });

  it("write hreflang alternates as xhtml:link, declaring the namespace only then", () => {
    const alternates = [
      { hreflang: "en", href: `${ORIGIN}/drones-hit-kyiv` },
      { hreflang: "uk", href: `${ORIGIN}/uk/drony-nad-kyievom` },
    ];
    const xml = renderUrlSet([
      { loc: `${ORIGIN}/uk/drony-nad-kyievom`, lastmod: null, alternates },
    ]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(checkUrlset(xml, ORIGIN)[0]?.alternates).toEqual(alternates);
    expect(renderUrlSet([{ loc: `${ORIGIN}/b`, lastmod: null }])).not.toContain("xmlns:xhtml");
  });

  it("declare the image namespace only when images are listed", () => {
    expect(renderUrlSet([{ loc: `${ORIGIN}/b`, lastmod: null }])).not.toContain("sitemap-image");
  });

  it("write an index", () => {
    const xml = renderSitemapIndex([
      { loc: `${ORIGIN}/sitemaps/pages.xml`, lastmod: new Date("2026-03-01T00:00:00Z") },
      { loc: `${ORIGIN}/sitemaps/tags-1.xml`, lastmod: null },
    ]);
    expect(checkSitemapIndex(xml, ORIGIN).map((entry) => entry.lastmod)).toEqual([
      "2026-03-01T00:00:00Z",
      null,
    ]);
  });

  it("write a Google News sitemap with the publication's name and language", () => {
    const xml = renderNewsSitemap(
      [
        {
          loc: `${ORIGIN}/a`,
          title: "Drones & <missiles>",
          publishedAt: new Date("2026-03-01T06:30:00Z"),
        },
      ],
      { name: "The Dispatch", language: "en-GB" },
    );
    expect(checkNewsSitemap(xml, ORIGIN)).toEqual([
      {
        loc: `${ORIGIN}/a`,
        name: "The Dispatch",
        language: "en",
        publishedAt: "2026-03-01T06:30:00Z",
        title: "Drones & <missiles>",
      },
    ]);
  });

  it("reduce languages to the codes Google News accepts", () => {
    expect(newsLanguage("uk")).toBe("uk");
    expect(newsLanguage("en_US")).toBe("en");
    expect(newsLanguage("zh-TW")).toBe("zh-tw");
    expect(newsLanguage("")).toBe("en");
  });
});

describe("the protocol checker used by these tests", () => {
  it("refuses documents that break XML or the schema", () => {
    const bad = [
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${ORIGIN}/a & b</loc></url></urlset>`,
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${ORIGIN}/a</loc></urlset>`,
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${ORIGIN}/a</loc><image:image/></url></urlset>`,
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${ORIGIN}/a</loc><lastmod>yesterday</lastmod></url></urlset>`,
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://elsewhere.example/a</loc></url></urlset>`,
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.8"><url><loc>${ORIGIN}/a</loc></url></urlset>`,
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><priority>1</priority><loc>${ORIGIN}/a</loc></url></urlset>`,
    ];
    for (const xml of bad) expect(() => checkUrlset(xml, ORIGIN), xml).toThrow();
  });
});
