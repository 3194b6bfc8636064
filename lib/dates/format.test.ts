import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime } from "./format";

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
