import { describe, expect, it } from "vitest";
import { cacheMessages, parseCacheMessage } from "./broadcast";

describe("cache invalidation messages", () => {
  it("fit PostgreSQL's payload limit however many tags a change has", () => {
    const tags = Array.from({ length: 2_000 }, (_, i) => `article:${"x".repeat(20)}${i}`);
    const messages = cacheMessages("origin-1", tags);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(Buffer.byteLength(message)).toBeLessThan(8_000);
    const received = messages.map((message) => parseCacheMessage(message)!);
    expect(received.flatMap((message) => message.tags)).toEqual(tags);
    expect(new Set(received.map((message) => message.origin))).toEqual(new Set(["origin-1"]));
  });

  it("ignores what is not one of ours", () => {
    expect(parseCacheMessage("not json")).toBeNull();
    expect(parseCacheMessage('{"tags":["feed"]}')).toBeNull();
    expect(parseCacheMessage('{"origin":"a","tags":["feed",3]}')).toEqual({
      origin: "a",
      tags: ["feed"],
    });
  });
});
