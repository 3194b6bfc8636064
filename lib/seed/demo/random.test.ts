import { describe, expect, it } from "vitest";
import { kyivOffsetMinutes, localDate, publicationTime, spanDays } from "./dates.ts";
import { num, inline, plain } from "./doc.ts";
import { at, hashInts, Rng } from "./random.ts";

describe("random", () => {
  it("hashes deterministically and spreads nearby inputs", () => {
    expect(hashInts(1, 2, 3)).toBe(hashInts(1, 2, 3));
    expect(hashInts(1, 2, 3)).not.toBe(hashInts(1, 2, 4));
    expect(hashInts(1, 2 ** 40)).not.toBe(hashInts(1, 2 ** 41));
    const buckets = new Array<number>(16).fill(0);
    for (let i = 0; i < 16_000; i++) buckets[hashInts(7, i) % 16]!++;
    for (const bucket of buckets) expect(bucket).toBeGreaterThan(850);
  });

  it("draws reproducible numbers within range", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    for (let i = 0; i < 1000; i++) {
      const value = a.int(3, 9);
      expect(value).toBe(b.int(3, 9));
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(9);
    }
  });

  it("takes ordered subsets of the exact size", () => {
    const r = new Rng(5);
    const list = [1, 2, 3, 4, 5, 6, 7, 8];
    for (let i = 0; i < 200; i++) {
      const size = r.int(0, 10);
      const subset = r.subset(list, size);
      expect(subset).toHaveLength(Math.min(size, list.length));
      expect([...subset].sort((x, y) => x - y)).toEqual(subset);
    }
  });

  it("indexes lists modulo their length", () => {
    expect(at(["a", "b", "c"], 4)).toBe("b");
    expect(at(["a", "b", "c"], -1)).toBe("c");
    expect(() => at([], 0)).toThrow();
  });
});

describe("dates", () => {
  it("knows Kyiv's summer and winter time", () => {
    expect(kyivOffsetMinutes(Date.UTC(2026, 0, 15))).toBe(120);
    expect(kyivOffsetMinutes(Date.UTC(2026, 6, 15))).toBe(180);
    // 2026: summer time from March 29 01:00 UTC to October 25 01:00 UTC.
    expect(kyivOffsetMinutes(Date.UTC(2026, 2, 29, 0, 59))).toBe(120);
    expect(kyivOffsetMinutes(Date.UTC(2026, 2, 29, 1, 0))).toBe(180);
    expect(kyivOffsetMinutes(Date.UTC(2026, 9, 25, 0, 59))).toBe(180);
    expect(kyivOffsetMinutes(Date.UTC(2026, 9, 25, 1, 0))).toBe(120);
  });

  it("formats dates in news style, in Kyiv time", () => {
    expect(localDate(Date.UTC(2026, 10, 12, 9)).text).toBe("Nov. 12, 2026");
    expect(localDate(Date.UTC(2026, 10, 12, 9)).weekday).toBe("Thursday");
    expect(localDate(Date.UTC(2026, 2, 3, 23)).text).toBe("March 4, 2026");
    expect(localDate(Date.UTC(2026, 8, 30, 12)).text).toBe("Sept. 30, 2026");
  });

  it("spreads publication times monotonically over the span, mostly in daytime", () => {
    const now = Date.UTC(2026, 10, 12, 9, 30);
    expect(spanDays(100)).toBe(60);
    expect(spanDays(100_000)).toBe(2500);
    let previous = now;
    let daytime = 0;
    for (let i = 0; i < 2000; i++) {
      const t = publicationTime(now, 2000, (i + 0.5) / 2000);
      expect(t).toBeLessThanOrEqual(previous);
      expect(t).toBeGreaterThan(now - 60 * 86_400_000);
      previous = t;
      const hour = localDate(t).hour;
      if (hour >= 7 && hour < 22) daytime++;
    }
    expect(daytime / 2000).toBeGreaterThan(0.75);
  });
});

describe("doc markup", () => {
  it("turns markup into marked text without empty nodes", () => {
    const nodes = inline("A **bold** and _italic_ [link](https://example.com/x).");
    expect(nodes).toEqual([
      { type: "text", text: "A " },
      { type: "text", text: "bold", marks: [{ type: "bold" }] },
      { type: "text", text: " and " },
      { type: "text", text: "italic", marks: [{ type: "italic" }] },
      { type: "text", text: " " },
      {
        type: "text",
        text: "link",
        marks: [{ type: "link", attrs: { href: "https://example.com/x" } }],
      },
      { type: "text", text: "." },
    ]);
    expect(inline("**only**")).toHaveLength(1);
    expect(plain("A **b** [c](https://example.com)")).toBe("A b c");
  });

  it("writes numbers in news style", () => {
    expect(num(7)).toBe("seven");
    expect(num(12)).toBe("12");
    expect(num(12345)).toBe("12,345");
  });
});
