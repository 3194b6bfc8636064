import http from "node:http";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import compression from "compression";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { markEverythingInvalidated, markTagsInvalidated } from "@/lib/cache/tag-clock";
import { RACE_WINDOW_MS } from "@/lib/cache/staleness.mjs";
import { ReplyCache, replyCacheable } from "./reply-cache";
import { filterResponse } from "./response-filter";
import { TAGS_HEADER } from "./surrogate-keys";
import { filterOptions as options, requestRaw, type RawReply } from "./test-http";

/** What the stand-in for Next answers next, and how often it was asked. */
const next = {
  cache: "HIT",
  cacheControl: "s-maxage=600, stale-while-revalidate=2999",
  setCookie: false,
  calls: 0,
  version: 1,
};
let clockOffset = 0;
const replies = new ReplyCache({ maxBytes: 4 * 1024 * 1024, now: () => Date.now() + clockOffset });

// Stacked as scripts/serve.ts stacks them: the reply cache first, then
// compression, the response filter and Next (here a stand-in that answers
// like Next does from its page cache: one string, an ETag, its tags).
let server: http.Server;
let base: string;

beforeAll(async () => {
  const compress = compression({ threshold: 1024 });
  server = http.createServer((req, res) => {
    if (replies.serve(req, res)) return;
    compress(req as never, res as never, () => {
      filterResponse(req, res, options, replies);
      next.calls++;
      const path = (req.url ?? "/").split("?")[0]!;
      const html = `<!doctype html><html><body><h1>Café ${path} v${next.version}</h1><p>${"A story – told. ".repeat(300)}</p><script>self.x=1</script></body></html>`;
      const etag = `"${path.length.toString(36)}-v${next.version}"`;
      res.setHeader("Cache-Control", next.cacheControl);
      res.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch");
      res.setHeader("x-nextjs-cache", next.cache);
      res.setHeader(TAGS_HEADER, `article:${path.slice(1)} section:news`);
      if (next.setCookie) res.setHeader("Set-Cookie", "a=b");
      res.setHeader("ETag", etag);
      if (req.headers["if-none-match"] === etag) {
        res.statusCode = 304;
        return void res.end();
      }
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Length", Buffer.byteLength(html));
      if (req.method === "HEAD") return void res.end(null);
      res.end(html);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  Object.assign(next, {
    cache: "HIT",
    cacheControl: "s-maxage=600, stale-while-revalidate=2999",
    setCookie: false,
    calls: 0,
  });
  clockOffset = 0;
  replies.clear();
});

// Marks count against pages stored up to RACE_WINDOW_MS later: none carries over.
afterEach(() => markEverythingInvalidated(0));

const get = (path: string, method = "GET", headers: Record<string, string> = {}) =>
  requestRaw(`${base}${path}`, method, headers);

/** Fetches a page twice: the first reply comes from "Next", the second should not. */
async function storedPage(path: string): Promise<RawReply> {
  const first = await get(path);
  expect(next.calls).toBe(1);
  return first;
}

describe("the reply cache", () => {
  it("sends a page Next served from its page cache again, byte for byte, without Next", async () => {
    const first = await storedPage("/kept");
    // Sent by Next as one string with characters of several bytes: its length in bytes.
    expect(Number(first.headers["content-length"])).toBe(first.body.byteLength);
    expect(first.body.toString()).toContain("Café");
    const second = await get("/kept");
    expect(next.calls).toBe(1);
    expect(second.statusCode).toBe(200);
    expect(second.body.equals(first.body)).toBe(true);
    expect(Number(second.headers["content-length"])).toBe(second.body.byteLength);
    for (const name of ["content-security-policy", "etag", "cache-control", "xkey"]) {
      expect(second.headers[name], name).toBe(first.headers[name]);
    }
    expect(second.headers["content-security-policy"]).toContain("'sha256-");
    expect(second.headers.vary).toBe(first.headers.vary);
    expect(second.headers.vary).toMatch(/Accept-Encoding/);
    expect(second.headers[TAGS_HEADER]).toBeUndefined();
  });

  it("drops a page when a tag it shows is invalidated, and only that page", async () => {
    await storedPage("/marked");
    await get("/other");
    expect(next.calls).toBe(2);
    next.version++;
    markTagsInvalidated(["article:marked"]);
    const after = await get("/marked");
    expect(next.calls).toBe(3);
    expect(after.body.toString()).toContain(`v${next.version}`);
    await get("/other");
    expect(next.calls).toBe(3);
  });

  it("does not keep a page stored just after a change it may have missed", async () => {
    markTagsInvalidated(["article:racing"]);
    await storedPage("/racing");
    await get("/racing");
    // Within the race window of the mark, the stored reply is not trusted.
    expect(next.calls).toBe(2);
    expect(RACE_WINDOW_MS).toBeGreaterThan(0);
  });

  it("drops everything when every page is declared stale (a lost database connection)", async () => {
    await storedPage("/everything");
    markEverythingInvalidated();
    await get("/everything");
    expect(next.calls).toBe(2);
  });

  it("keeps a reply no longer than its s-maxage, and at most a minute", async () => {
    next.cacheControl = "s-maxage=5, stale-while-revalidate=10";
    await storedPage("/short");
    clockOffset = 4_000;
    await get("/short");
    expect(next.calls).toBe(1);
    clockOffset = 5_000;
    await get("/short");
    expect(next.calls).toBe(2);

    next.cacheControl = "s-maxage=600";
    clockOffset = 0;
    await get("/long");
    clockOffset = 60_000;
    await get("/long");
    expect(next.calls).toBe(4);
  });

  it("never answers nor keeps draft mode, flight data, server actions or query strings", async () => {
    const bypassing: [string, Record<string, string>][] = [
      ["/bypass", { cookie: "theme=dark; __prerender_bypass=abc" }],
      ["/bypass", { rsc: "1" }],
      ["/bypass", { "next-router-prefetch": "1" }],
      ["/bypass", { "next-router-state-tree": "%5B%5D" }],
      ["/bypass", { "next-action": "abc" }],
      ["/bypass?utm_source=x", {}],
      ["/search", {}],
      ["/editor/articles", {}],
      ["/preview/abc", {}],
    ];
    let calls = 0;
    for (const [path, headers] of bypassing) {
      // Asked twice: the second is not answered from a reply kept by the first.
      await get(path, "GET", headers);
      await get(path, "GET", headers);
      calls += 2;
      expect(next.calls, `${path} ${JSON.stringify(headers)}`).toBe(calls);
    }
    // Nor did any of them leave a reply that a plain request would get.
    await get("/bypass");
    expect(next.calls).toBe(calls + 1);
    // And a kept page is not given to a request that must bypass it.
    await get("/bypass");
    expect(next.calls).toBe(calls + 1);
    await get("/bypass", "GET", { cookie: "__prerender_bypass=abc" });
    await get("/bypass", "GET", { rsc: "1" });
    expect(next.calls).toBe(calls + 3);
  });

  it("keeps neither a render (MISS), a stale copy, a cookie-setting reply nor a private one", async () => {
    for (const [cache, setCookie, cacheControl] of [
      ["MISS", false, "s-maxage=600"],
      ["STALE", false, "s-maxage=600"],
      ["HIT", true, "s-maxage=600"],
      ["HIT", false, "private, no-cache, no-store, max-age=0, must-revalidate"],
    ] as const) {
      Object.assign(next, { cache, setCookie, cacheControl, calls: 0 });
      await get(`/not-kept-${cache}`);
      await get(`/not-kept-${cache}`);
      expect(next.calls, `${cache} ${setCookie} ${cacheControl}`).toBe(2);
      replies.clear();
    }
  });

  it("answers If-None-Match with a 304 that carries no policy and no body", async () => {
    const first = await storedPage("/etag");
    const answer = await get("/etag", "GET", { "if-none-match": String(first.headers.etag) });
    expect(next.calls).toBe(1);
    expect(answer.statusCode).toBe(304);
    expect(answer.body.byteLength).toBe(0);
    expect(answer.headers.etag).toBe(first.headers.etag);
    expect(answer.headers["content-security-policy"]).toBeUndefined();
    expect(answer.headers["content-type"]).toBeUndefined();
    expect(answer.headers["cache-control"]).toBe(first.headers["cache-control"]);

    // Another ETag, or a reload that insists, gets the page.
    const other = await get("/etag", "GET", { "if-none-match": '"other"' });
    expect(other.statusCode).toBe(200);
    const reload = await get("/etag", "GET", {
      "if-none-match": String(first.headers.etag),
      "cache-control": "no-cache",
    });
    expect(reload.statusCode).toBe(200);
    expect(reload.headers["content-security-policy"]).toBe(
      first.headers["content-security-policy"],
    );
    expect(next.calls).toBe(1);
  });

  it("answers HEAD with the page's headers and no body", async () => {
    const first = await storedPage("/head");
    const head = await get("/head", "HEAD", { "accept-encoding": "gzip" });
    expect(next.calls).toBe(1);
    expect(head.statusCode).toBe(200);
    expect(head.body.byteLength).toBe(0);
    expect(head.headers["content-length"]).toBe(String(first.body.byteLength));
    expect(head.headers["content-encoding"]).toBeUndefined();
    expect(head.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
  });

  it("sends a gzip copy to clients that take gzip", async () => {
    const first = await storedPage("/zipped");
    for (const accept of ["gzip, deflate, br, zstd", "gzip"]) {
      const zipped = await get("/zipped", "GET", { "accept-encoding": accept });
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(Number(zipped.headers["content-length"])).toBe(zipped.body.byteLength);
      expect(zlib.gunzipSync(zipped.body).equals(first.body)).toBe(true);
      expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    }
    expect(next.calls).toBe(1);

    // A client that refuses gzip gets the plain page.
    const plain = await get("/zipped", "GET", { "accept-encoding": "gzip;q=0, identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(first.body)).toBe(true);
  });
});

describe("which requests the reply cache may answer", () => {
  const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
    ({ url, method, headers }) as unknown as http.IncomingMessage;

  it("only reader GETs and HEADs without a query string", () => {
    expect(replyCacheable(request("/story"))).toBe(true);
    expect(replyCacheable(request("/"))).toBe(true);
    expect(replyCacheable(request("/tag/drones", {}, "HEAD"))).toBe(true);
    expect(replyCacheable(request("/story", {}, "POST"))).toBe(false);
    expect(replyCacheable(request("/story?_rsc=abc"))).toBe(false);
    expect(replyCacheable(request("http://example.org/story"))).toBe(false);
    for (const path of ["/api/x", "/login", "/account", "/_next/static/a.js", "/healthz"]) {
      expect(replyCacheable(request(path)), path).toBe(false);
    }
    expect(replyCacheable(request("/newsletters/confirm/abc"))).toBe(false);
    for (const path of ["/uk/newsletters/confirm", "/uk/comments/sign-in", "/uk/search"]) {
      expect(replyCacheable(request(path)), path).toBe(false);
    }
    expect(replyCacheable(request("/uk/newsletters"))).toBe(true);
    expect(replyCacheable(request("/editorial-standards"))).toBe(true);
  });
});
