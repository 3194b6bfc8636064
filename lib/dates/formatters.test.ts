import { describe, expect, it } from "vitest";
import { dateTimeFormat } from "./formatters";

describe("dateTimeFormat", () => {
  it("builds one formatter per locale, zone and options, and formats as Intl does", () => {
    const options = { timeZone: "Europe/Kyiv", hour: "2-digit", hourCycle: "h23" } as const;
    const first = dateTimeFormat("en-US", options);
    expect(dateTimeFormat("en-US", { ...options })).toBe(first);
    expect(dateTimeFormat("en-US", { ...options, timeZone: "UTC" })).not.toBe(first);
    expect(dateTimeFormat("uk-UA", options)).not.toBe(first);
    const noon = new Date("2026-12-07T10:00:00Z");
    expect(first.format(noon)).toBe(new Intl.DateTimeFormat("en-US", options).format(noon));
    expect(dateTimeFormat("en-US", { ...options, timeZone: "UTC" }).format(noon)).toBe("10");
  });
});
