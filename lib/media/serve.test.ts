import { describe, expect, it } from "vitest";
import { matchesNoneMatch, mediaEtag, parseRange, rangeStillApplies } from "./http-ranges";
import { contentHashOfKey, isValidMediaKey } from "./media-storage";

describe("HTTP ranges", () => {
  it("reads the forms players send", () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange("bytes=0-", 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=10-19", 100)).toEqual({ start: 10, end: 19 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=50-500", 100)).toEqual({ start: 50, end: 99 });
  });

  it("calls a range past the end unsatisfiable", () => {
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-", 0)).toBe("unsatisfiable");
  });

  it("ignores headers it does not understand, serving the whole file", () => {
    expect(parseRange("bytes=20-10", 100)).toBeNull();
    expect(parseRange("bytes=-", 100)).toBeNull();
    expect(parseRange("items=0-1", 100)).toBeNull();
    expect(parseRange("bytes=0-1,5-9", 100)).toBeNull();
  });
});

describe("media keys", () => {
  it("allow stored keys and nothing that escapes the folder", () => {
    expect(isValidMediaKey("images/ab/abcdef.jpg")).toBe(true);
    expect(isValidMediaKey("../etc/passwd")).toBe(false);
    expect(isValidMediaKey("images/../../secret")).toBe(false);
    expect(isValidMediaKey("/abs/path.jpg")).toBe(false);
    expect(isValidMediaKey("images//x.jpg")).toBe(false);
  });
});

describe("validators", () => {
  const key = `images/ab/${"ab".repeat(32)}-w960.jpg`;
  const etag = `"${"ab".repeat(32)}-w960"`;

  it("name a file by its key, so every server and store agree", () => {
    expect(mediaEtag(key)).toBe(etag);
    expect(mediaEtag(`audio/cd/${"cd".repeat(32)}.mp3`)).toBe(`"${"cd".repeat(32)}"`);
  });

  it("match If-None-Match lists, weak forms and the wildcard", () => {
    expect(matchesNoneMatch(null, etag)).toBe(false);
    expect(matchesNoneMatch(`"other", ${etag}`, etag)).toBe(true);
    expect(matchesNoneMatch(`W/${etag}`, etag)).toBe(true);
    expect(matchesNoneMatch("*", etag)).toBe(true);
    expect(matchesNoneMatch(`"other"`, etag)).toBe(false);
  });

  it("apply a range only while If-Range still names the file", () => {
    expect(rangeStillApplies(null, etag)).toBe(true);
    expect(rangeStillApplies(etag, etag)).toBe(true);
    expect(rangeStillApplies(`W/${etag}`, etag)).toBe(false);
    expect(rangeStillApplies("Wed, 21 Oct 2015 07:28:00 GMT", etag)).toBe(false);
  });
});

describe("content hashes in keys", () => {
  const sha = "0f".repeat(32);
  it("are found in originals, copies and narration", () => {
    expect(contentHashOfKey(`images/0f/${sha}.webp`)).toBe(sha);
    expect(contentHashOfKey(`images/0f/${sha}-w480.webp`)).toBe(sha);
    expect(contentHashOfKey(`audio/0f/${sha}.mp3`)).toBe(sha);
    expect(contentHashOfKey(`images/0f/short.jpg`)).toBeNull();
    expect(contentHashOfKey(`other/0f/${sha}.jpg`)).toBeNull();
  });
});
