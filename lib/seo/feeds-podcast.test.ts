import { describe, expect, it } from "vitest";
import { itunesDuration, renderPodcastRss } from "./feeds-podcast";

describe("podcast feed", () => {
  const body = renderPodcastRss({
    title: "Dispatch: articles read aloud",
    link: "https://news.example.org/",
    description: "Stories read aloud.",
    language: "en",
    selfUrl: "https://news.example.org/feed/audio",
    author: "Dispatch",
    owner: { name: "Dispatch", email: "audio@news.example.org" },
    artworkUrl: "https://news.example.org/og/podcast-cover.png",
    logo: { url: "https://news.example.org/icons/144.png", width: 144, height: 144 },
    items: [
      {
        title: "Port & rail reopen",
        link: "https://news.example.org/port",
        guid: "news.example.org:article:a1",
        pubDate: new Date("2026-03-01T06:30:00Z"),
        description: "Repairs <finished> early.",
        creators: ["Anna K"],
        category: "War",
        audio: {
          url: "/media/audio/ab/x.mp3",
          absoluteUrl: "https://news.example.org/media/audio/ab/x.mp3?a=1&b=2",
          type: "audio/mpeg",
          bytes: 1_234_567,
          durationMs: 3_725_000,
        },
      },
    ],
  });

  it("gives each item an enclosure with URL, length in bytes and type", () => {
    expect(body).toContain(
      '<enclosure url="https://news.example.org/media/audio/ab/x.mp3?a=1&amp;b=2" length="1234567" type="audio/mpeg"/>',
    );
    expect(body).toContain("<itunes:duration>1:02:05</itunes:duration>");
    expect(body).toContain("<title>Port &amp; rail reopen</title>");
    expect(body).toContain("<description>Repairs &lt;finished&gt; early.</description>");
    expect(body).toContain('xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"');
    expect(body).toContain("<lastBuildDate>Sun, 01 Mar 2026 06:30:00 GMT</lastBuildDate>");
  });

  it("gives directories square artwork by a .png address, an owner, and a small channel image", () => {
    expect(body).toContain('<itunes:image href="https://news.example.org/og/podcast-cover.png"/>');
    expect(body).toContain(
      "<itunes:owner><itunes:name>Dispatch</itunes:name><itunes:email>audio@news.example.org</itunes:email></itunes:owner>",
    );
    const image = /<image>(.*?)<\/image>/.exec(body)?.[1] ?? "";
    expect(image).toContain("<url>https://news.example.org/icons/144.png</url>");
    expect(Number(/<width>(\d+)<\/width>/.exec(image)?.[1])).toBeLessThanOrEqual(144);
    expect(image).toContain("<height>144</height>");
  });

  it("writes durations as podcast apps read them", () => {
    expect(itunesDuration(0)).toBe("0:00");
    expect(itunesDuration(65_400)).toBe("1:05");
    expect(itunesDuration(3_600_000)).toBe("1:00:00");
  });
});
