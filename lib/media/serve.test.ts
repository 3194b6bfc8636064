import { describe, expect, it } from "vitest";
import { parseRange } from "./serve";
import { isValidMediaKey } from "./storage";

describe("HTTP ranges", () => {
  it("reads the forms players send", () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange("bytes=0-", 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=10-19", 100)).toEqual({ start: 10, end: 19 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=50-500", 100)).toEqual({ start: 50, end: 99 });
  });

  it("calls a range past the end unsatisfiable", () => {
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-", 0)).toBe("unsatisfiable");
  });

  it("ignores headers it does not understand, serving the whole file", () => {
    expect(parseRange("bytes=20-10", 100)).toBeNull();
    expect(parseRange("bytes=-", 100)).toBeNull();
    expect(parseRange("items=0-1", 100)).toBeNull();
    expect(parseRange("bytes=0-1,5-9", 100)).toBeNull();
  });
});

describe("media keys", () => {
  it("allow stored keys and nothing that escapes the folder", () => {
    expect(isValidMediaKey("images/ab/abcdef.jpg")).toBe(true);
    expect(isValidMediaKey("../etc/passwd")).toBe(false);
    expect(isValidMediaKey("images/../../secret")).toBe(false);
    expect(isValidMediaKey("/abs/path.jpg")).toBe(false);
    expect(isValidMediaKey("images//x.jpg")).toBe(false);
  });
});
