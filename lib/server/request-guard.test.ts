import { describe, expect, it } from "vitest";
import { refuseRequest } from "./request-guard";

const request = (
  url: string,
  init: { method?: string; headers?: Record<string, string> } = {},
) => ({
  url,
  method: init.method ?? "GET",
  headers: { host: "news.example", ...init.headers },
});

describe("refuseRequest", () => {
  it("passes ordinary requests", () => {
    expect(refuseRequest(request("/some-story?utm_source=x&q=war+crimes"), 1_000)).toBeNull();
    expect(refuseRequest(request("/search?q=%D0%9A%D0%B8%D1%97%D0%B2"), 1_000)).toBeNull();
  });

  it.each(["/%FF%FE", "/api/editor/media?q=%00", "/x?from=%2Fe%00", "/search?q=%E0%A4%A"])(
    "answers %s with 400",
    (url) => {
      expect(refuseRequest(request(url), 1_000)?.status).toBe(400);
    },
  );

  it("refuses a declared body over the limit", () => {
    const big = request("/api/comments", { method: "POST", headers: { "content-length": "2000" } });
    expect(refuseRequest(big, 1_000)?.status).toBe(413);
  });

  it("refuses server actions from another origin or none", () => {
    const action = (origin?: string) =>
      request("/editor/articles/1", {
        method: "POST",
        headers: { "next-action": "abc", ...(origin ? { origin } : {}) },
      });
    expect(refuseRequest(action("https://evil.example"), 1_000)?.status).toBe(403);
    expect(refuseRequest(action(), 1_000)?.status).toBe(403);
    expect(refuseRequest(action("https://news.example"), 1_000)).toBeNull();
  });
});
