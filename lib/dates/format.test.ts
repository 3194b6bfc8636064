import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatNearDateTime,
  formatTime,
  startOfDayInZone,
} from "./format";

describe("newsroom dates", () => {
  const instant = new Date("2026-11-27T07:05:00Z");

  it("show the newsroom's local time, not the server's", () => {
    expect(formatDateTime(instant, "Europe/Kyiv")).toBe("Nov. 27, 2026 9:05 AM");
    expect(formatDateTime(instant, "America/New_York")).toBe("Nov. 27, 2026 2:05 AM");
    expect(formatTime(instant, "UTC")).toBe("7:05 AM");
  });

  it("cross the date line with the timezone", () => {
    expect(formatDate(new Date("2026-11-27T23:30:00Z"), "Europe/Kyiv")).toBe("Nov. 28, 2026");
  });

  it("use AP month style", () => {
    expect(formatDate(new Date("2026-09-10T12:00:00Z"), "UTC")).toBe("Sept. 10, 2026");
    expect(formatDate(new Date("2026-03-10T12:00:00Z"), "UTC")).toBe("March 10, 2026");
  });

  it("follow daylight saving time", () => {
    expect(formatTime(new Date("2026-07-01T07:05:00Z"), "Europe/Kyiv")).toBe("10:05 AM");
  });
});

describe("formatNearDateTime", () => {
  const now = new Date("2026-03-05T12:30:00Z");

  it("gives the day, then the year, only when they differ from today's", () => {
    expect(formatNearDateTime(new Date("2026-03-05T09:07:00Z"), now, "UTC")).toBe("9:07 AM");
    expect(formatNearDateTime(new Date("2026-03-03T15:07:00Z"), now, "UTC")).toBe(
      "March 3, 3:07 PM",
    );
    expect(formatNearDateTime(new Date("2025-12-31T23:59:00Z"), now, "UTC")).toBe(
      "Dec. 31, 2025 11:59 PM",
    );
  });

  it("judges today on the newsroom's clocks, not the browser's", () => {
    // 23:30 UTC on the 5th is already the 6th in Kyiv.
    const late = new Date("2026-03-05T23:30:00Z");
    expect(formatNearDateTime(new Date("2026-03-05T22:10:00Z"), late, "Europe/Kyiv")).toBe(
      "12:10 AM",
    );
    expect(formatNearDateTime(new Date("2026-03-05T21:50:00Z"), late, "Europe/Kyiv")).toBe(
      "March 5, 11:50 PM",
    );
  });
});

describe("startOfDayInZone", () => {
  it("finds local midnight in winter and summer", () => {
    expect(startOfDayInZone("2026-11-27", "Europe/Kyiv").toISOString()).toBe(
      "2026-11-26T22:00:00.000Z",
    );
    expect(startOfDayInZone("2026-07-01", "Europe/Kyiv").toISOString()).toBe(
      "2026-06-30T21:00:00.000Z",
    );
    expect(startOfDayInZone("2026-07-01", "UTC").toISOString()).toBe("2026-07-01T00:00:00.000Z");
    expect(startOfDayInZone("2026-03-08", "America/New_York").toISOString()).toBe(
      "2026-03-08T05:00:00.000Z",
    );
  });
});

describe("formatDateRange", () => {
  const zone = "Europe/Kyiv";
  const at = (iso: string) => new Date(iso);
  it("names the span of a page of stories, shortest form first", () => {
    expect(formatDateRange(at("2026-03-09T10:00:00Z"), at("2026-03-09T08:00:00Z"), zone)).toBe(
      "March 9, 2026",
    );
    expect(formatDateRange(at("2026-03-09T10:00:00Z"), at("2026-03-02T08:00:00Z"), zone)).toBe(
      "March 2–9, 2026",
    );
    expect(formatDateRange(at("2026-02-28T10:00:00Z"), at("2026-03-09T10:00:00Z"), zone)).toBe(
      "Feb. 28 – March 9, 2026",
    );
    expect(formatDateRange(at("2026-01-03T10:00:00Z"), at("2025-12-28T10:00:00Z"), zone)).toBe(
      "Dec. 28, 2025 – Jan. 3, 2026",
    );
  });

  it("counts days in the newsroom's zone", () => {
    // 22:30 UTC on March 1 is already March 2 in Kyiv.
    expect(formatDateRange(at("2026-03-01T22:30:00Z"), at("2026-03-02T09:00:00Z"), zone)).toBe(
      "March 2, 2026",
    );
  });
});

describe("dates in the Ukrainian edition", () => {
  const at = new Date("2026-12-07T07:05:00Z");
  it("are written in Ukrainian on a 24-hour clock", () => {
    expect(formatDate(at, "Europe/Kyiv", "uk")).toBe("7 грудня 2026 р.");
    expect(formatTime(at, "Europe/Kyiv", "uk")).toBe("09:05");
    expect(formatDateTime(at, "Europe/Kyiv", "uk")).toMatch(/^7 грудня 2026 р\.,? (о )?09:05$/);
  });
  it("leave English in the house style", () => {
    expect(formatDate(at, "Europe/Kyiv")).toBe("Dec. 7, 2026");
  });
});
