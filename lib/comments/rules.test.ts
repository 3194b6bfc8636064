import { describe, expect, it } from "vitest";
import {
  checkDisplayName,
  commentLength,
  countLinks,
  effectiveCommentsMode,
  findWatchedWord,
  heldReasons,
  linkifyComment,
  normalizeCommentBody,
  parseWatchWords,
  type ModerationSettings,
} from "./rules";

const settings: ModerationSettings = {
  policy: "POST",
  watchWords: ["casino", "buy followers"],
  maxLinks: 2,
  newReaderHours: 24,
};
const now = new Date("2026-11-27T12:00:00Z");
const oldReader = new Date("2026-01-01T00:00:00Z");

describe("comment rules", () => {
  it("resolves the site default and keeps an article's own setting", () => {
    expect(effectiveCommentsMode("SITE_DEFAULT", "CLOSED")).toBe("CLOSED");
    expect(effectiveCommentsMode("OFF", "OPEN")).toBe("OFF");
    expect(effectiveCommentsMode("SITE_DEFAULT", "SITE_DEFAULT")).toBe("OPEN");
  });

  it("cleans a body: line ends, invisible characters, blank runs, outer space", () => {
    expect(normalizeCommentBody("  Hello\r\nworld\u202e!  \n\n\n\nBye\t\u0007 ")).toBe(
      "Hello\nworld!\n\nBye",
    );
    expect(commentLength("ü😀")).toBe(2);
  });

  it("links only http(s) and www addresses, leaving sentence punctuation out", () => {
    expect(linkifyComment("See https://example.org/a?b=1. Or (www.example.com/x).")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { kind: "text", text: ". Or (" },
      { kind: "link", text: "www.example.com/x", href: "https://www.example.com/x" },
      { kind: "text", text: ")." },
    ]);
    expect(linkifyComment("https://en.wikipedia.org/wiki/Kyiv_(city) is long")[0]).toEqual({
      kind: "link",
      text: "https://en.wikipedia.org/wiki/Kyiv_(city)",
      href: "https://en.wikipedia.org/wiki/Kyiv_(city)",
    });
    for (const hostile of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "<a href='https://x'>",
      "http://localhost/admin",
    ]) {
      expect(
        linkifyComment(hostile).every((s) => s.kind === "text" || s.href.startsWith("http")),
      ).toBe(true);
    }
    expect(countLinks("javascript:alert(1) http://localhost www.")).toBe(0);
  });

  it("matches watched words as whole words, in any case, phrases included", () => {
    const terms = parseWatchWords("Casino\n# a note\n  buy   followers \n\ncasino");
    expect(terms).toEqual(["casino", "buy followers"]);
    expect(findWatchedWord("Visit the CASINO tonight", terms)).toBe("casino");
    expect(findWatchedWord("where to buy\nfollowers fast", terms)).toBe("buy followers");
    expect(findWatchedWord("Casinos and occasional visits", ["casino", "occasion"])).toBeNull();
  });

  it("holds first-time commenters under pre-moderation only", () => {
    const facts = { body: "A fair point.", now, readerCreatedAt: oldReader, trusted: false };
    expect(heldReasons(facts, { ...settings, policy: "PRE" })).toEqual([
      "First comment from this reader (pre-moderation)",
    ]);
    expect(heldReasons({ ...facts, trusted: true }, { ...settings, policy: "PRE" })).toEqual([]);
    expect(heldReasons(facts, settings)).toEqual([]);
  });

  it("holds watched words, too many links and links from new readers", () => {
    const base = { now, readerCreatedAt: oldReader, trusted: true };
    expect(heldReasons({ ...base, body: "best casino odds" }, settings)).toEqual([
      "Contains a watched word: “casino”",
    ]);
    expect(
      heldReasons(
        { ...base, body: "https://a.example https://b.example https://c.example" },
        settings,
      ),
    ).toEqual(["3 links (more than 2)"]);
    const newcomer = { ...base, readerCreatedAt: new Date(now.getTime() - 3_600_000) };
    expect(heldReasons({ ...newcomer, body: "source: https://a.example" }, settings)).toEqual([
      "Link from a new reader (account under 24 hours old)",
    ]);
    expect(heldReasons({ ...newcomer, body: "no links here" }, settings)).toEqual([]);
  });

  it("checks display names", () => {
    expect(checkDisplayName("  Olena \u200b K. ")).toEqual({ ok: true, name: "Olena K." });
    expect(checkDisplayName("A").ok).toBe(false);
    expect(checkDisplayName("Moderator").ok).toBe(false);
    expect(checkDisplayName("visit www.spam.example").ok).toBe(false);
    expect(checkDisplayName("x".repeat(41)).ok).toBe(false);
  });
});
