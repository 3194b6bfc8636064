import { describe, expect, it, vi } from "vitest";
import { TaggedCache } from "./tagged-cache";
import { articleChangeTags } from "./tags";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("TaggedCache", () => {
  it("serves a stored value until it expires", async () => {
    let now = 1_000_000;
    const cache = new TaggedCache(10, () => now);
    const load = vi.fn(async () => ({ value: now, tags: ["a"] }));
    expect(await cache.getOrLoad("k", 1000, load)).toBe(1_000_000);
    now += 1000;
    expect(await cache.getOrLoad("k", 1000, load)).toBe(1_000_000);
    now += 1;
    expect(await cache.getOrLoad("k", 1000, load)).toBe(1_001_001);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("drops exactly the values that show an invalidated tag", async () => {
    const cache = new TaggedCache();
    let version = 1;
    const load = (tags: string[]) => async () => ({ value: version, tags });
    await cache.getOrLoad("article", 60_000, load(["article:1", "feed"]));
    await cache.getOrLoad("section", 60_000, load(["section:war", "article:1"]));
    await cache.getOrLoad("other", 60_000, load(["article:2"]));
    version = 2;
    cache.invalidate(["article:1"]);
    expect(await cache.getOrLoad("article", 60_000, load(["article:1"]))).toBe(2);
    expect(await cache.getOrLoad("section", 60_000, load(["section:war"]))).toBe(2);
    expect(await cache.getOrLoad("other", 60_000, load(["article:2"]))).toBe(1);
  });

  it("does not keep a value loaded before an invalidation that happened meanwhile", async () => {
    const cache = new TaggedCache();
    const slow = deferred<{ value: string; tags: string[] }>();
    const first = cache.getOrLoad("k", 60_000, () => slow.promise);
    cache.invalidate(["article:1"]);
    slow.resolve({ value: "old", tags: ["article:1"] });
    expect(await first).toBe("old");
    expect(await cache.getOrLoad("k", 60_000, async () => ({ value: "new", tags: [] }))).toBe(
      "new",
    );
  });

  it("shares one load among concurrent readers, but not across an invalidation", async () => {
    const cache = new TaggedCache();
    const slow = deferred<{ value: string; tags: string[] }>();
    const load = vi.fn(() => slow.promise);
    const a = cache.getOrLoad("k", 60_000, load);
    const b = cache.getOrLoad("k", 60_000, load);
    expect(load).toHaveBeenCalledTimes(1);
    cache.invalidate(["x"]);
    const fresh = cache.getOrLoad("k", 60_000, async () => ({ value: "fresh", tags: [] }));
    slow.resolve({ value: "shared", tags: [] });
    expect([await a, await b, await fresh]).toEqual(["shared", "shared", "fresh"]);
  });

  it("forgets the least recently used values beyond its bound", async () => {
    const cache = new TaggedCache(2);
    const value = (v: string) => async () => ({ value: v, tags: [`t:${v}`] });
    await cache.getOrLoad("a", 60_000, value("a"));
    await cache.getOrLoad("b", 60_000, value("b"));
    await cache.getOrLoad("a", 60_000, value("a2")); // a is now the most recent
    await cache.getOrLoad("c", 60_000, value("c"));
    expect(cache.size).toBe(2);
    expect(await cache.getOrLoad("a", 60_000, value("a3"))).toBe("a");
    expect(await cache.getOrLoad("b", 60_000, value("b2"))).toBe("b2");
  });

  it("does not cache a failed load", async () => {
    const cache = new TaggedCache();
    await expect(
      cache.getOrLoad("k", 60_000, async () => Promise.reject(new Error("db down"))),
    ).rejects.toThrow("db down");
    expect(await cache.getOrLoad("k", 60_000, async () => ({ value: "ok", tags: [] }))).toBe("ok");
  });
});

describe("articleChangeTags", () => {
  it("covers the article, the lists it was and is on, the rails and the sitemaps", () => {
    const result = articleChangeTags({
      id: "a1",
      slugs: ["old-slug", "new-slug"],
      sectionIds: ["war", null, "war"],
      tagIds: ["t1", "t2"],
      authorIds: ["au1"],
    });
    expect(result.sort()).toEqual(
      [
        "article:a1",
        "route:old-slug",
        "route:new-slug",
        "feed",
        "sitemap",
        "picks",
        "popular",
        "list:section:war",
        "list:tag:t1",
        "list:tag:t2",
        "list:author:au1",
      ].sort(),
    );
  });

  it("leaves other articles that show the same section, tags and authors alone", () => {
    const result = articleChangeTags({
      id: "a1",
      slugs: ["a"],
      sectionIds: ["war"],
      tagIds: ["t1"],
      authorIds: ["au1"],
    });
    // Another article's page carries these (it shows their names), not the lists'.
    for (const tag of ["section:war", "tag:t1", "author:au1", "article:a2"]) {
      expect(result).not.toContain(tag);
    }
  });
});
