import { describe, expect, it } from "vitest";
import { hourBucket, isLikelyBot, RecentViews, viewKey } from "./rules";

const CHROME =
  "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";

describe("view counting rules", () => {
  it("count browsers and skip crawlers, previews and scripts", () => {
    expect(isLikelyBot(CHROME)).toBe(false);
    // Telegram's in-app browser is a reader, and an important one.
    expect(
      isLikelyBot(
        `${CHROME} Telegram-Android/11.2.3 (Google Pixel 7; Android 14; SDK 34; AVERAGE)`,
      ),
    ).toBe(false);
    for (const ua of [
      null,
      "",
      "Googlebot/2.1 (+http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0)",
      "facebookexternalhit/1.1",
      "Mozilla/5.0 HeadlessChrome/131.0 Safari/537.36",
      "curl/8.4.0",
      "python-requests/2.31",
      "TelegramBot (like TwitterBot)",
    ]) {
      expect(isLikelyBot(ua), String(ua)).toBe(true);
    }
  });

  it("put a view in its UTC hour", () => {
    expect(hourBucket(new Date("2026-11-27T07:59:59.999Z")).toISOString()).toBe(
      "2026-11-27T07:00:00.000Z",
    );
  });

  it("recognise the same reader of the same article within a day, and nothing else", () => {
    const base = {
      ip: "203.0.113.9",
      userAgent: CHROME,
      articleId: "a1",
      at: new Date("2026-11-27T08:00:00Z"),
    };
    expect(viewKey(base)).toBe(viewKey({ ...base, at: new Date("2026-11-27T20:00:00Z") }));
    expect(viewKey(base)).not.toBe(viewKey({ ...base, articleId: "a2" }));
    expect(viewKey(base)).not.toBe(viewKey({ ...base, ip: "203.0.113.10" }));
    expect(viewKey(base)).not.toBe(viewKey({ ...base, at: new Date("2026-11-28T08:00:00Z") }));
    expect(viewKey(base)).not.toContain("203.0.113.9");
  });

  it("count a reader once per window", () => {
    const recent = new RecentViews(30 * 60_000, 1000);
    expect(recent.firstSeen("k", 0)).toBe(true);
    expect(recent.firstSeen("k", 29 * 60_000)).toBe(false);
    expect(recent.firstSeen("k", 31 * 60_000)).toBe(true);
  });

  it("stay within its memory bound", () => {
    const recent = new RecentViews(60_000, 3);
    for (const key of ["a", "b", "c", "d", "e"]) recent.firstSeen(key, 0);
    // The oldest were forgotten to make room, so they count again.
    expect(recent.firstSeen("a", 1)).toBe(true);
    expect(recent.firstSeen("e", 1)).toBe(false);
  });
});
