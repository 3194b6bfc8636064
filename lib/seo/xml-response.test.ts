import { describe, expect, it } from "vitest";
import { xmlResponse } from "./xml-response";

const file = { body: "<urlset/>", lastModified: new Date("2026-03-01T06:30:05.700Z") };
const options = { type: "sitemap" as const, maxAgeSeconds: 600 };
const request = (headers: Record<string, string> = {}, method = "GET") =>
  new Request("https://news.example.org/sitemap.xml", { headers, method });

describe("XML responses", () => {
  it("send the file with validators and cache headers", async () => {
    const response = xmlResponse(request(), file, options);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<urlset/>");
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=600");
    expect(response.headers.get("last-modified")).toBe("Sun, 01 Mar 2026 06:30:05 GMT");
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
  });

  it("answer 304 to a matching ETag or a date not older than the file", () => {
    const etag = xmlResponse(request(), file, options).headers.get("etag")!;
    expect(xmlResponse(request({ "if-none-match": etag }), file, options).status).toBe(304);
    expect(xmlResponse(request({ "if-none-match": `W/${etag}, "x"` }), file, options).status).toBe(
      304,
    );
    expect(xmlResponse(request({ "if-none-match": '"other"' }), file, options).status).toBe(200);
    const since = { "if-modified-since": "Sun, 01 Mar 2026 06:30:05 GMT" };
    expect(xmlResponse(request(since), file, options).status).toBe(304);
    const before = { "if-modified-since": "Sun, 01 Mar 2026 06:30:04 GMT" };
    expect(xmlResponse(request(before), file, options).status).toBe(200);
    // If-None-Match decides alone when both are sent.
    expect(
      xmlResponse(request({ ...since, "if-none-match": '"other"' }), file, options).status,
    ).toBe(200);
  });

  it("answer HEAD with the headers and no body", async () => {
    const response = xmlResponse(request({}, "HEAD"), file, options);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).not.toBeNull();
    expect(await response.text()).toBe("");
  });
});
