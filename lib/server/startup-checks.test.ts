import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { startupProblem } from "./startup-checks";

const check = (raw: Record<string, string>) => startupProblem(parseEnv(raw), raw);

describe("startupProblem", () => {
  it("asks nothing of a site served on this machine", () => {
    expect(check({ SITE_URL: "http://localhost:3000" })).toBeNull();
  });

  it("names the one setting a public site is missing", () => {
    const site = { SITE_URL: "https://news.example" };
    expect(check(site)).toMatch(/AUTH_SECRET/);
    const secret = { ...site, AUTH_SECRET: "x".repeat(40) };
    expect(check(secret)).toMatch(/TRUSTED_PROXY_HOPS/);
    expect(check({ ...secret, TRUSTED_PROXY_HOPS: "1" })).toMatch(/RATE_LIMIT_STORE=database/);
    expect(check({ ...secret, TRUSTED_PROXY_HOPS: "0", RATE_LIMIT_STORE: "database" })).toBeNull();
  });
});
