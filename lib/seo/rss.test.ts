import { describe, expect, it } from "vitest";
import { checkRss } from "@/test/integration/seo-protocols";
import { renderRss, type RssItem } from "./rss";

const ORIGIN = "https://news.example.org";

const item = (overrides: Partial<RssItem> = {}): RssItem => ({
  title: "Drones hit Kyiv",
  link: `${ORIGIN}/drones-hit-kyiv`,
  guid: "news.example.org:article:a1",
  pubDate: new Date("2026-03-01T06:30:00Z"),
  description: "Air defence shot down most of them.",
  contentHtml: '<p>Text with <a href="https://example.org/?a=1&b=2">a link</a>.</p>',
  creators: ["Anna K", "Oleh P"],
  categories: ["War", "Kyiv"],
  image: {
    url: `${ORIGIN}/media/images/ab/c.jpg`,
    type: "image/jpeg",
    width: 1600,
    height: 900,
    alt: "A building",
    credit: "(Jane/Agency)",
  },
  ...overrides,
});

describe("RSS 2.0", () => {
  it("writes a valid channel with every module's elements", () => {
    const xml = renderRss({
      title: "War | The Dispatch",
      link: `${ORIGIN}/war`,
      description: "From the front.",
      language: "en",
      selfUrl: `${ORIGIN}/war/feed`,
      items: [
        item(),
        item({ guid: "news.example.org:article:a2", image: null, contentHtml: null }),
      ],
    });
    const feed = checkRss(xml, ORIGIN, `${ORIGIN}/war/feed`);
    expect(feed.title).toBe("War | The Dispatch");
    expect(feed.items[0]).toMatchObject({
      guid: "news.example.org:article:a1",
      pubDate: "Sun, 01 Mar 2026 06:30:00 GMT",
      creators: ["Anna K", "Oleh P"],
      categories: ["War", "Kyiv"],
      image: `${ORIGIN}/media/images/ab/c.jpg`,
    });
    // The HTML survives the round trip through XML escaping unchanged.
    expect(feed.items[0]?.content).toBe(item().contentHtml);
    expect(feed.items[1]).toMatchObject({ content: null, image: null });
    expect(xml).toContain('<guid isPermaLink="false">');
  });

  it("dates the channel by its newest item, so an unchanged feed is byte-identical", () => {
    const channel = {
      title: "T",
      link: `${ORIGIN}/`,
      description: "",
      language: "en",
      selfUrl: `${ORIGIN}/feed`,
      items: [item()],
    };
    expect(renderRss(channel)).toBe(renderRss(channel));
    expect(renderRss(channel)).toContain(
      "<lastBuildDate>Sun, 01 Mar 2026 06:30:00 GMT</lastBuildDate>",
    );
    // An empty description falls back to the title: RSS requires one.
    expect(renderRss(channel)).toContain("<description>T</description>");
  });
});
