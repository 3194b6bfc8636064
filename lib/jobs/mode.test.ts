import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("BACKGROUND_JOBS", () => {
  it("runs background work in the server unless told otherwise", () => {
    expect(parseEnv({}).BACKGROUND_JOBS).toBe("in-process");
    expect(
      parseEnv({ BACKGROUND_JOBS: "off", DATABASE_URL: "postgresql://db/newsroom" })
        .BACKGROUND_JOBS,
    ).toBe("off");
  });

  it("refuses off with the embedded database, which no worker process can share", () => {
    expect(() => parseEnv({ BACKGROUND_JOBS: "off" })).toThrow(EnvError);
    expect(() => parseEnv({ BACKGROUND_JOBS: "off" })).toThrow(
      /^BACKGROUND_JOBS is off, which needs DATABASE_URL/,
    );
    expect(() => parseEnv({ BACKGROUND_JOBS: "sometimes" })).toThrow(/BACKGROUND_JOBS/);
  });
});
