import { beforeEach, describe, expect, it, vi } from "vitest";
import { applyInvalidation, cached, clearDataCache } from "./data-cache";

beforeEach(clearDataCache);

describe("data cache", () => {
  it("remembers a 'not found' briefly and forgets it on any change", async () => {
    const load = vi.fn(async () => ({ value: null, tags: ["route:x"] }));
    expect(await cached("route:x", 60_000, load)).toBeNull();
    expect(await cached("route:x", 60_000, load)).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
    applyInvalidation(["article:unrelated"]);
    expect(await cached("route:x", 60_000, load)).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("does not keep a 'not found' that raced with a change", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = cached("route:new", 60_000, async () => {
      await gate;
      return { value: null, tags: [] };
    });
    applyInvalidation(["route:new"]);
    release();
    expect(await first).toBeNull();
    expect(await cached("route:new", 60_000, async () => ({ value: "found", tags: [] }))).toBe(
      "found",
    );
  });

  it("keeps found values apart from missing ones", async () => {
    const load = vi.fn(async () => ({ value: { title: "A story" }, tags: ["article:1"] }));
    await cached("article:1", 60_000, load);
    await cached("article:1", 60_000, load);
    expect(load).toHaveBeenCalledTimes(1);
    applyInvalidation(["article:1"]);
    await cached("article:1", 60_000, load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
