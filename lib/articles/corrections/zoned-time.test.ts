import { describe, expect, it } from "vitest";
import { parseZonedInputValue, toZonedInputValue } from "./zoned-time";

describe("newsroom wall-clock times", () => {
  it("read a datetime-local value on the newsroom's clock, in winter and summer", () => {
    expect(parseZonedInputValue("2026-11-27T09:05", "Europe/Kyiv")?.toISOString()).toBe(
      "2026-11-27T07:05:00.000Z",
    );
    expect(parseZonedInputValue("2026-07-01T10:05", "Europe/Kyiv")?.toISOString()).toBe(
      "2026-07-01T07:05:00.000Z",
    );
    expect(parseZonedInputValue("2026-03-08T12:00", "America/New_York")?.toISOString()).toBe(
      "2026-03-08T16:00:00.000Z",
    );
    expect(parseZonedInputValue("2026-01-01T00:00", "UTC")?.toISOString()).toBe(
      "2026-01-01T00:00:00.000Z",
    );
  });

  it("write an instant back as the newsroom's wall clock", () => {
    expect(toZonedInputValue(new Date("2026-11-27T07:05:30Z"), "Europe/Kyiv")).toBe(
      "2026-11-27T09:05",
    );
    expect(toZonedInputValue(new Date("2026-11-27T23:30:00Z"), "Europe/Kyiv")).toBe(
      "2026-11-28T01:30",
    );
  });

  it("refuse malformed values and times the clocks skip", () => {
    expect(parseZonedInputValue("2026-11-27 09:05", "UTC")).toBeNull();
    expect(parseZonedInputValue("2026-02-31T09:05", "UTC")).toBeNull();
    expect(parseZonedInputValue("2026-11-27T25:00", "UTC")).toBeNull();
    // Kyiv moves from 03:00 to 04:00 on the last Sunday of March.
    expect(parseZonedInputValue("2026-03-29T03:30", "Europe/Kyiv")).toBeNull();
    expect(parseZonedInputValue("", "UTC")).toBeNull();
  });
});
