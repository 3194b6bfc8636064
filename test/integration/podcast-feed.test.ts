import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getIcon } from "@/app/icons/[file]/route";
import { GET as getCover } from "@/app/og/podcast-cover.png/route";
import { parseEnv } from "@/lib/env";
import { getPodcastFeed, podcastOwnerEmail } from "@/lib/narration/podcast-feed";
import { siteOrigin } from "@/lib/seo/urls";
import { testDb, truncateAll } from "./database";

beforeEach(async () => {
  await truncateAll();
  await testDb().siteSettings.create({ data: { id: 1, name: "The Northern Dispatch" } });
});

const origin = siteOrigin();

/** Asks the route that serves an absolute URL of the site. */
async function fetchImage(url: string) {
  const path = new URL(url).pathname;
  const request = new Request(url);
  if (path.startsWith("/icons/")) {
    return getIcon(request, { params: Promise.resolve({ file: path.slice("/icons/".length) }) });
  }
  if (path === "/og/podcast-cover.png") return getCover(request);
  throw new Error(`no route for ${path}`);
}

describe("the podcast feed's images and owner", () => {
  it("point directories at square artwork of 1400–3000 px by a .png address", async () => {
    const { body } = await getPodcastFeed();
    const artwork = /<itunes:image href="([^"]+)"\/>/.exec(body)?.[1];
    expect(artwork).toBe(`${origin}/og/podcast-cover.png`);
    expect(artwork).toMatch(/\.(png|jpg)$/);
    const response = await fetchImage(artwork!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(bytes.byteLength));
    const { width, height, format } = await sharp(bytes).metadata();
    expect(format).toBe("png");
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(1400);
    expect(width).toBeLessThanOrEqual(3000);
  }, 60_000);

  it("give RSS readers a channel image no wider than 144 px", async () => {
    const { body } = await getPodcastFeed();
    const image = /<image>(.*?)<\/image>/s.exec(body)?.[1] ?? "";
    const url = /<url>([^<]+)<\/url>/.exec(image)?.[1];
    const declared = Number(/<width>(\d+)<\/width>/.exec(image)?.[1]);
    expect(declared).toBeLessThanOrEqual(144);
    const response = await fetchImage(url!);
    const { width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(width).toBe(declared);
    expect(height).toBe(Number(/<height>(\d+)<\/height>/.exec(image)?.[1]));
  });

  it("name an owner with an email address", async () => {
    const { body } = await getPodcastFeed();
    expect(body).toMatch(
      /<itunes:owner><itunes:name>The Northern Dispatch<\/itunes:name><itunes:email>[^<@]+@[^<]+<\/itunes:email><\/itunes:owner>/,
    );
    expect(podcastOwnerEmail(parseEnv({ PODCAST_OWNER_EMAIL: "audio@news.example.org" }))).toBe(
      "audio@news.example.org",
    );
    expect(podcastOwnerEmail(parseEnv({ MAIL_FROM: "The Dispatch <desk@news.example.org>" }))).toBe(
      "desk@news.example.org",
    );
    expect(() => parseEnv({ PODCAST_OWNER_EMAIL: "not an address" })).toThrow(
      /PODCAST_OWNER_EMAIL/,
    );
  });
});
