import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, startOfDayInZone } from "./format";

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
