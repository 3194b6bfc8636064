import { describe, expect, it } from "vitest";
import { xmlResponse } from "./xml-response";

const options = { type: "sitemap" as const, maxAgeSeconds: 600 };
let address = 0;
/** Each test asks at an address of its own: Last-Modified is kept per address. */
const at = () => `https://news.example.org/sitemaps/test-${++address}.xml`;
const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  new Request(url, { headers, method });
const T0 = Date.parse("2026-03-01T06:30:05.700Z");

describe("XML responses", () => {
  it("send the file with validators, its length and cache headers", async () => {
    const url = at();
    const response = xmlResponse(request(url), { body: "<urlset/>" }, options, T0);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<urlset/>");
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=600");
    expect(response.headers.get("content-length")).toBe("9");
    expect(response.headers.get("last-modified")).toBe("Sun, 01 Mar 2026 06:30:05 GMT");
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
  });

  it("keep Last-Modified while the bytes stay the same, and move it when they change", () => {
    const url = at();
    const modified = (body: string, now: number) =>
      xmlResponse(request(url), { body }, options, now).headers.get("last-modified");
    const first = modified("<a/>", T0);
    expect(modified("<a/>", T0 + 60_000)).toBe(first);
    // An edit that keeps every date in the file (a headline, a rename): a
    // later time all the same, even within the same second.
    const second = modified("<b/>", T0 + 100);
    expect(Date.parse(second!)).toBeGreaterThan(Date.parse(first!));
    const since = { "if-modified-since": first! };
    expect(xmlResponse(request(url, since), { body: "<b/>" }, options, T0 + 200).status).toBe(200);
    expect(
      xmlResponse(request(url, { "if-modified-since": second! }), { body: "<b/>" }, options).status,
    ).toBe(304);
  });

  it("answer 304 to a matching ETag or a date not older than the file", () => {
    const url = at();
    const file = { body: "<urlset/>" };
    const first = xmlResponse(request(url), file, options, T0);
    const etag = first.headers.get("etag")!;
    const one = (headers: Record<string, string>) =>
      xmlResponse(request(url, headers), file, options, T0 + 1000).status;
    expect(one({ "if-none-match": etag })).toBe(304);
    expect(one({ "if-none-match": `W/${etag}, "x"` })).toBe(304);
    expect(one({ "if-none-match": '"other"' })).toBe(200);
    const since = { "if-modified-since": "Sun, 01 Mar 2026 06:30:05 GMT" };
    expect(one(since)).toBe(304);
    expect(one({ "if-modified-since": "Sun, 01 Mar 2026 06:30:04 GMT" })).toBe(200);
    // If-None-Match decides alone when both are sent.
    expect(one({ ...since, "if-none-match": '"other"' })).toBe(200);
  });

  it("answer HEAD with the headers and no body", async () => {
    const response = xmlResponse(request(at(), {}, "HEAD"), { body: "<urlset/>" }, options);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).not.toBeNull();
    expect(response.headers.get("content-length")).toBe("9");
    expect(await response.text()).toBe("");
  });
});
