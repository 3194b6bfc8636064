import { describe, expect, it } from "vitest";
import {
  readZonedInputValue,
  readZonedTime,
  toZonedInputValue,
  zonedParts,
  zoneLabel,
} from "./zoned-time";

const at = (date: string, time: string, zone: string) => {
  const result = readZonedTime(date, time, zone);
  return result.ok ? result.instant.toISOString() : result.reason;
};

describe("wall-clock times in the newsroom's zone", () => {
  it("reads a date and time on the zone's clocks, in winter and summer", () => {
    // Kyiv is UTC+2 in winter and UTC+3 in summer.
    expect(at("2026-11-27", "09:05", "Europe/Kyiv")).toBe("2026-11-27T07:05:00.000Z");
    expect(at("2026-07-01", "09:05", "Europe/Kyiv")).toBe("2026-07-01T06:05:00.000Z");
    expect(at("2026-11-27", "00:00", "America/New_York")).toBe("2026-11-27T05:00:00.000Z");
    expect(at("2026-11-27", "23:59", "UTC")).toBe("2026-11-27T23:59:00.000Z");
    expect(at("2026-11-27", "09:05:30", "Europe/Kyiv")).toBe("2026-11-27T07:05:30.000Z");
  });

  it("refuses a time the clocks skip, naming the gap, and reads both sides of it", () => {
    // Kyiv moves from 03:00 to 04:00 on 29 March 2026: 03:30 does not exist.
    expect(at("2026-03-29", "02:59", "Europe/Kyiv")).toBe("2026-03-29T00:59:00.000Z");
    expect(at("2026-03-29", "04:00", "Europe/Kyiv")).toBe("2026-03-29T01:00:00.000Z");
    expect(readZonedTime("2026-03-29", "03:30", "Europe/Kyiv")).toEqual({
      ok: false,
      reason: "skipped",
      message:
        "On 2026-03-29 the clocks in Europe/Kyiv go from 03:00 straight to 04:00, so 03:30 does not exist there. Choose a time before 03:00 or from 04:00.",
    });
    // West of UTC too: New York skips 02:00–03:00 on 8 March 2026.
    expect(readZonedTime("2026-03-08", "02:15", "America/New_York")).toMatchObject({
      reason: "skipped",
      message: expect.stringContaining("go from 02:00 straight to 03:00, so 02:15"),
    });
    expect(at("2026-03-08", "03:00", "America/New_York")).toBe("2026-03-08T07:00:00.000Z");
  });

  it("reads a time the clocks repeat as its first occurrence, east and west of UTC", () => {
    // Kyiv goes back from 04:00 to 03:00 on 25 October 2026: 03:30 happens
    // at 00:30 UTC (summer time) and again at 01:30 UTC.
    expect(at("2026-10-25", "03:30", "Europe/Kyiv")).toBe("2026-10-25T00:30:00.000Z");
    // New York goes back from 02:00 to 01:00 on 1 November 2026: 01:30 EDT first.
    expect(at("2026-11-01", "01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z");
    // The times around the repeat are unambiguous.
    expect(at("2026-10-25", "04:00", "Europe/Kyiv")).toBe("2026-10-25T02:00:00.000Z");
    expect(at("2026-10-25", "02:59", "Europe/Kyiv")).toBe("2026-10-24T23:59:00.000Z");
  });

  it("refuses what is not a date or a time", () => {
    expect(at("2026-02-30", "09:00", "UTC")).toBe("invalid");
    expect(at("2026-11-27", "24:00", "UTC")).toBe("invalid");
    expect(at("2026-11-27", "09:00:60", "UTC")).toBe("invalid");
    expect(at("27/11/2026", "09:00", "UTC")).toBe("invalid");
    expect(at("2026-11-27", "", "UTC")).toBe("invalid");
  });

  it("gives an instant back as the zone's date and time, for the inputs", () => {
    const instant = new Date("2026-11-26T23:30:00Z");
    expect(zonedParts(instant, "Europe/Kyiv")).toEqual({ date: "2026-11-27", time: "01:30" });
    expect(zonedParts(instant, "UTC")).toEqual({ date: "2026-11-26", time: "23:30" });
    const back = readZonedTime("2026-11-27", "01:30", "Europe/Kyiv");
    expect(back.ok && back.instant.getTime()).toBe(instant.getTime());
  });

  it("labels the zone with its current offset", () => {
    expect(zoneLabel("Europe/Kyiv", new Date("2026-11-27T00:00:00Z"))).toBe("Europe/Kyiv (GMT+2)");
    expect(zoneLabel("America/New_York", new Date("2026-07-01T00:00:00Z"))).toBe(
      "America/New York (GMT-4)",
    );
  });
});

describe("datetime-local values on the newsroom's clock", () => {
  const read = (value: string, zone: string) => {
    const result = readZonedInputValue(value, zone);
    return result.ok ? result.instant.toISOString() : result.reason;
  };

  it("reads a value in winter and summer", () => {
    expect(read("2026-11-27T09:05", "Europe/Kyiv")).toBe("2026-11-27T07:05:00.000Z");
    expect(read("2026-07-01T10:05", "Europe/Kyiv")).toBe("2026-07-01T07:05:00.000Z");
    expect(read("2026-03-08T12:00", "America/New_York")).toBe("2026-03-08T16:00:00.000Z");
    expect(read("2026-01-01T00:00", "UTC")).toBe("2026-01-01T00:00:00.000Z");
  });

  it("writes an instant back as the newsroom's wall clock", () => {
    expect(toZonedInputValue(new Date("2026-11-27T07:05:30Z"), "Europe/Kyiv")).toBe(
      "2026-11-27T09:05",
    );
    expect(toZonedInputValue(new Date("2026-11-27T23:30:00Z"), "Europe/Kyiv")).toBe(
      "2026-11-28T01:30",
    );
  });

  it("refuses malformed values, and skipped times with the same message as the schedule", () => {
    expect(read("2026-11-27 09:05", "UTC")).toBe("invalid");
    expect(read("2026-02-31T09:05", "UTC")).toBe("invalid");
    expect(read("2026-11-27T25:00", "UTC")).toBe("invalid");
    expect(read("2026-11-27T09:05:00", "UTC")).toBe("invalid");
    expect(read("", "UTC")).toBe("invalid");
    expect(readZonedInputValue("2026-03-29T03:30", "Europe/Kyiv")).toEqual(
      readZonedTime("2026-03-29", "03:30", "Europe/Kyiv"),
    );
  });
});
