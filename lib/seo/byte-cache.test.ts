import { describe, expect, it } from "vitest";
import { ByteCache } from "./byte-cache";

const bytes = (n: number) => new Uint8Array(new ArrayBuffer(n));

describe("ByteCache", () => {
  it("drops the least recently used entries past its byte limit", () => {
    const cache = new ByteCache(10);
    cache.set("a", bytes(4));
    cache.set("b", bytes(4));
    cache.get("a");
    cache.set("c", bytes(4));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.byteLength).toBe(4);
    expect(cache.get("c")?.byteLength).toBe(4);
    expect(cache.size).toBe(8);
    cache.set("huge", bytes(11));
    expect(cache.get("huge")).toBeUndefined();
  });
});
