import { describe, expect, it } from "vitest";
import { clockTime, spokenTime } from "./time-format";

describe("player times", () => {
  it("shows and says durations", () => {
    expect(clockTime(0)).toBe("0:00");
    expect(clockTime(247.9)).toBe("4:07");
    expect(clockTime(3727)).toBe("1:02:07");
    expect(clockTime(Number.NaN)).toBe("0:00");
    expect(spokenTime(1)).toBe("1 second");
    expect(spokenTime(60)).toBe("1 minute");
    expect(spokenTime(247)).toBe("4 minutes 7 seconds");
  });
});
