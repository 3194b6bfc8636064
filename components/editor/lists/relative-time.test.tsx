import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RelativeTime, formatRelative } from "./relative-time";

const NOW = new Date("2026-11-27T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const MIN = 60_000;

describe("formatRelative", () => {
  it.each([
    [20_000, "just now"],
    [MIN, "1 min ago"],
    [5 * MIN, "5 min ago"],
    [60 * MIN, "1 hour ago"],
    [23 * 60 * MIN, "23 hours ago"],
    [30 * 60 * MIN, "yesterday"],
    [3 * 24 * 60 * MIN, "3 days ago"],
    [-10 * MIN, "in 10 min"],
    [-2 * 60 * MIN, "in 2 hours"],
    [-30 * 60 * MIN, "tomorrow"],
  ])("%i ms before now reads %s", (ms, text) => {
    expect(formatRelative(ago(ms), NOW, "Europe/Kyiv")).toBe(text);
  });

  it("gives the date in the newsroom's zone past a week", () => {
    // 23:30 UTC on Nov. 14 is Nov. 15 in Kyiv.
    expect(formatRelative(new Date("2026-11-14T23:30:00Z"), NOW, "Europe/Kyiv")).toBe(
      "Nov. 15, 2026",
    );
  });
});

describe("RelativeTime", () => {
  it("carries the exact time for machines and the full time on hover", () => {
    const html = renderToStaticMarkup(
      <RelativeTime date={ago(5 * MIN)} now={NOW} timeZone="Europe/Kyiv" />,
    );
    expect(html).toBe(
      '<time dateTime="2026-11-27T11:55:00.000Z" title="Nov. 27, 2026 1:55 PM">5 min ago</time>',
    );
  });
});
