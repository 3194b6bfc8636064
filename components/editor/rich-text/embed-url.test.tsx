import { describe, expect, it } from "vitest";
import { blockSchema } from "@/lib/documents/schema";
import { detectEmbed } from "./embed-url";

describe("detectEmbed", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube"],
    ["https://youtu.be/dQw4w9WgXcQ", "youtube"],
    ["https://m.youtube.com/shorts/abc", "youtube"],
    ["https://vimeo.com/76979871", "vimeo"],
    ["https://player.vimeo.com/video/76979871", "vimeo"],
    ["https://x.com/user/status/1", "x"],
    ["https://twitter.com/user/status/1", "x"],
    ["https://mobile.twitter.com/user/status/1", "x"],
    ["https://bsky.app/profile/a.bsky.social/post/3k", "bluesky"],
    ["https://t.me/channel/123", "telegram"],
    ["https://soundcloud.com/artist/track", "soundcloud"],
    ["https://on.soundcloud.com/abc", "soundcloud"],
  ])("recognises %s", (url, provider) => {
    const result = detectEmbed(url);
    expect(result).toMatchObject({ ok: true, provider });
    if (!result.ok) return;
    const block = { type: "embed", attrs: { provider: result.provider, url: result.url } };
    expect(blockSchema.safeParse(block).success).toBe(true);
  });

  it("trims, lower-cases the host and adds https:// to a bare address", () => {
    expect(detectEmbed("  YouTu.be/abc ")).toEqual({
      ok: true,
      provider: "youtube",
      url: "https://youtu.be/abc",
    });
  });

  it("refuses plain http with a hint to use https", () => {
    const result = detectEmbed("http://youtube.com/watch?v=1");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/https:\/\//);
  });

  it.each([
    "javascript:alert(1)//youtube.com",
    "data:text/html,<script>alert(1)</script>",
    "ftp://youtube.com/x",
    "https://notyoutube.com/watch?v=1",
    "https://youtube.com.evil.example/watch?v=1",
    "https://evil.example/?u=https://youtube.com/watch",
    "https://youtube.com@evil.example/watch",
    "https://user:pass@youtube.com/watch?v=1",
    "https://example.com/video",
    "https://youtube.com/",
    "https://you tube.com/x",
    "",
    "   ",
    "not a url",
    `https://youtube.com/${"a".repeat(2100)}`,
  ])("refuses %j with a message", (input) => {
    const result = detectEmbed(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });

  it("names the supported providers when the site is unsupported", () => {
    const result = detectEmbed("https://www.tiktok.com/@a/video/1");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/YouTube.*SoundCloud/);
  });
});
