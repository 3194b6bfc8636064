import { describe, expect, it } from "vitest";
import { OVERFLOW_TAG } from "@/lib/cache/tags";
import { surrogateHeader } from "./surrogate-keys";

describe("surrogateHeader", () => {
  it("names the tags in the header the edge reads", () => {
    expect(surrogateHeader(["article:a1", "sections"], "xkey")).toEqual({
      name: "xkey",
      value: "sections article:a1",
    });
    expect(surrogateHeader(["article:a1"], "surrogate-key")?.name).toBe("Surrogate-Key");
    expect(surrogateHeader(["article:a1", "feed"], "cache-tag")?.value).toBe("feed,article:a1");
    expect(surrogateHeader(["article:a1"], "off")).toBeNull();
    expect(surrogateHeader([], "xkey")).toBeNull();
  });

  it("stays within the limit and keeps a key that every story change purges", () => {
    const tags = Array.from({ length: 500 }, (_, i) => `article:${"x".repeat(20)}${i}`);
    const header = surrogateHeader(["sections", ...tags], "xkey", 1_000)!;
    expect(header.value.length).toBeLessThanOrEqual(1_000);
    const keys = header.value.split(" ");
    expect(keys).toContain("sections");
    expect(keys).toContain(OVERFLOW_TAG);
    expect(keys.length).toBeLessThan(501);
  });

  it("drops keys an edge could not parse", () => {
    expect(surrogateHeader(["ok", "has space", "a,b", "ü"], "xkey")?.value).toBe("ok");
  });
});
