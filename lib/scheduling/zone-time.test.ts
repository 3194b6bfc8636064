import { describe, expect, it } from "vitest";
import { zonedInstant, zonedParts, zoneLabel } from "./zone-time";

describe("wall-clock times in the newsroom's zone", () => {
  it("reads a date and time on the zone's clocks", () => {
    // Kyiv is UTC+2 in winter and UTC+3 in summer.
    expect(zonedInstant("2026-11-27", "09:05", "Europe/Kyiv")?.toISOString()).toBe(
      "2026-11-27T07:05:00.000Z",
    );
    expect(zonedInstant("2026-07-01", "09:05", "Europe/Kyiv")?.toISOString()).toBe(
      "2026-07-01T06:05:00.000Z",
    );
    expect(zonedInstant("2026-11-27", "00:00", "America/New_York")?.toISOString()).toBe(
      "2026-11-27T05:00:00.000Z",
    );
    expect(zonedInstant("2026-11-27", "23:59", "UTC")?.toISOString()).toBe(
      "2026-11-27T23:59:00.000Z",
    );
    expect(zonedInstant("2026-11-27", "09:05:30", "Europe/Kyiv")?.toISOString()).toBe(
      "2026-11-27T07:05:30.000Z",
    );
  });

  it("handles the nights the clocks change", () => {
    // Kyiv moves from 03:00 to 04:00 on 29 March 2026: 03:30 does not exist.
    expect(zonedInstant("2026-03-29", "02:59", "Europe/Kyiv")?.toISOString()).toBe(
      "2026-03-29T00:59:00.000Z",
    );
    expect(zonedInstant("2026-03-29", "04:00", "Europe/Kyiv")?.toISOString()).toBe(
      "2026-03-29T01:00:00.000Z",
    );
    const skipped = zonedInstant("2026-03-29", "03:30", "Europe/Kyiv")!;
    expect(zonedParts(skipped, "Europe/Kyiv").time).toMatch(/^0[34]:30$/);
  });

  it("refuses what is not a date or a time", () => {
    expect(zonedInstant("2026-02-30", "09:00", "UTC")).toBeNull();
    expect(zonedInstant("2026-11-27", "24:00", "UTC")).toBeNull();
    expect(zonedInstant("2026-11-27", "09:00:60", "UTC")).toBeNull();
    expect(zonedInstant("27/11/2026", "09:00", "UTC")).toBeNull();
    expect(zonedInstant("2026-11-27", "", "UTC")).toBeNull();
  });

  it("gives an instant back as the zone's date and time, for the inputs", () => {
    const instant = new Date("2026-11-26T23:30:00Z");
    expect(zonedParts(instant, "Europe/Kyiv")).toEqual({ date: "2026-11-27", time: "01:30" });
    expect(zonedParts(instant, "UTC")).toEqual({ date: "2026-11-26", time: "23:30" });
    const back = zonedInstant("2026-11-27", "01:30", "Europe/Kyiv");
    expect(back?.getTime()).toBe(instant.getTime());
  });

  it("labels the zone with its current offset", () => {
    expect(zoneLabel("Europe/Kyiv", new Date("2026-11-27T00:00:00Z"))).toBe("Europe/Kyiv (GMT+2)");
    expect(zoneLabel("America/New_York", new Date("2026-07-01T00:00:00Z"))).toBe(
      "America/New York (GMT-4)",
    );
  });
});
