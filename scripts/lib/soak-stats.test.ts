import { describe, expect, it } from "vitest";
import { duringFault, formatTable, quantile, summarize, totalsOf, type Sample } from "./soak-stats";

const sample = (kind: string, due: number, end: number, error: string | null = null): Sample => ({
  kind,
  due,
  end,
  error,
});

describe("quantile", () => {
  it("takes the nearest rank, so p99 of 100 values is the 99th", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.99)).toBe(99);
    expect(quantile(values, 1)).toBe(100);
  });

  it("gives the one value for a single sample and NaN for none", () => {
    expect(quantile([7], 0.99)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("duringFault", () => {
  const windows = [{ name: "restart", start: 1_000, end: 2_000 }];

  it("counts a request that overlaps the window at either edge", () => {
    expect(duringFault({ due: 900, end: 1_000 }, windows)).toBe(true);
    expect(duringFault({ due: 2_000, end: 2_500 }, windows)).toBe(true);
    expect(duringFault({ due: 500, end: 3_000 }, windows)).toBe(true);
  });

  it("leaves requests wholly before or after it in steady running", () => {
    expect(duringFault({ due: 100, end: 999 }, windows)).toBe(false);
    expect(duringFault({ due: 2_001, end: 2_100 }, windows)).toBe(false);
  });

  it("treats a window still open as lasting until now", () => {
    const open = [{ name: "restart", start: 1_000, end: Number.POSITIVE_INFINITY }];
    expect(duringFault({ due: 50_000, end: 50_100 }, open)).toBe(true);
  });
});

describe("summarize and totalsOf", () => {
  const windows = [{ name: "restart", start: 10_000, end: 11_000 }];
  const samples = [
    sample("home", 0, 10),
    sample("home", 0, 30),
    sample("home", 0, 5_000, "timeout"),
    sample("home", 10_500, 10_600, "refused"),
    sample("save", 0, 200),
  ];

  it("measures latency from when a request was due, over successes only", () => {
    const home = summarize(samples, windows).find((row) => row.kind === "home")!;
    expect(home.requests).toBe(4);
    expect(home.p50).toBe(10);
    expect(home.p99).toBe(30);
    expect(home.max).toBe(30);
  });

  it("keeps failures in a fault window apart from steady-running ones", () => {
    const home = summarize(samples, windows).find((row) => row.kind === "home")!;
    expect(home.errors).toBe(1);
    expect(home.errorKinds).toEqual({ timeout: 1 });
    expect(home.faultErrors).toBe(1);
    expect(home.faultErrorKinds).toEqual({ refused: 1 });
  });

  it("takes the error rate over steady-running requests only", () => {
    const totals = totalsOf(samples, windows);
    expect(totals).toMatchObject({ requests: 5, errors: 1, faultErrors: 1 });
    expect(totals.errorPercent).toBeCloseTo(25);
  });

  it("lists kinds in the report's order in the table", () => {
    const lines = formatTable(summarize(samples, windows), ["save", "home"]).split("\n");
    expect(lines[1]).toMatch(/^save /);
    expect(lines[2]).toMatch(/^home .*timeout×1 \(faults: refused×1\)$/);
  });
});
