import { createHash } from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import compression from "compression";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LENGTH_HEADER as LENGTH_HEADER } from "./body-length";
import { filterResponse } from "./response-filter";
import { TAGS_HEADER } from "./surrogate-keys";
import { filterOptions as options, requestRaw } from "./test-http";

// As the app server stacks them: compression inside, the filter outside,
// and a handler that streams its body the way Next does (no length).
let server: http.Server;
const ISLANDS_ENTRY = "/_next/static/islands/islands-T3ST.js";
const ISLANDS_BODY =
  '<span hidden data-delivery="islands"></span><div class="island" data-island="member" data-props="{}"></div>';
const FLIGHT = 'self.__next_f.push([1,"0:[]"])';
const SWAP = '$RC("B:0","S:0")';
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
let base: string;

beforeAll(async () => {
  const compress = compression({ threshold: 1 });
  server = http.createServer((req, res) => {
    compress(req as never, res as never, () => {
      if (req.url === "/islands-page") {
        filterResponse(req, res, { ...options, islands: { entry: ISLANDS_ENTRY } });
        res.statusCode = 200;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.write(`<!doctype html><html><body>${ISLANDS_BODY}`);
        return void res.end(`<script>${FLIGHT}</script><script>${SWAP}</script></body></html>`);
      }
      filterResponse(req, res, options);
      if (req.url === "/page" || req.url === "/chunked-page") {
        // An HTML page, held by the filter for its script hashes.
        res.statusCode = 200;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        if (req.url === "/chunked-page") res.setHeader("Transfer-Encoding", "chunked");
        res.write("<!doctype html><html><body><p>");
        return void res.end(`${"A story. ".repeat(500)}</p></body></html>`);
      }
      const type = req.url === "/text" ? "text/plain" : "image/jpeg";
      res.statusCode = 200;
      res.setHeader("Content-Type", type);
      res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      res.setHeader(LENGTH_HEADER, "2048");
      res.setHeader(TAGS_HEADER, "media:abc");
      if (req.method === "HEAD") return void res.end();
      res.write(Buffer.alloc(1024, 97));
      res.end(Buffer.alloc(1024, 97));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, method = "GET", headers: Record<string, string> = {}) =>
  requestRaw(`${base}${path}`, method, headers);

describe("lengths a route handler names", () => {
  it("go out as Content-Length on a streamed body and on HEAD, the internal header never", async () => {
    const response = await get("/file");
    expect(response.headers["content-length"]).toBe("2048");
    expect(response.headers["transfer-encoding"]).toBeUndefined();
    expect(response.headers[LENGTH_HEADER]).toBeUndefined();
    expect(response.headers.xkey).toBe("media:abc");
    expect(response.body.byteLength).toBe(2048);

    const head = await get("/file", "HEAD");
    expect(head.headers["content-length"]).toBe("2048");
    expect(head.headers[LENGTH_HEADER]).toBeUndefined();
  });

  it("give way to compression, whose length is not known in advance", async () => {
    const response = await get("/text", "GET", { "accept-encoding": "gzip" });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["content-length"]).toBeUndefined();
    expect(response.headers[LENGTH_HEADER]).toBeUndefined();
  });

  it("on a held HTML page: exactly its length, or chunks when compressed, so an edge reads the whole body", async () => {
    const plain = await get("/page");
    expect(Number(plain.headers["content-length"])).toBe(plain.body.byteLength);
    expect(plain.body.toString()).toContain("</html>");

    const gzipped = await get("/page", "GET", { "accept-encoding": "gzip" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    // A body with neither a length nor chunks is read as empty by an edge that keeps the connection.
    expect(gzipped.headers["transfer-encoding"]).toBe("chunked");
    expect(zlib.gunzipSync(gzipped.body).toString()).toContain("</html>");

    // A page that named its own chunked framing keeps it, with no length beside it.
    for (const encoding of ["identity", "gzip"]) {
      const chunked = await get("/chunked-page", "GET", { "accept-encoding": encoding });
      expect(chunked.headers["transfer-encoding"]).toBe("chunked");
      expect(chunked.headers["content-length"]).toBeUndefined();
    }
  });
});

describe("a page sent with islands alone", () => {
  it("goes out without Next's scripts, with the islands' module, a length and a policy to match", async () => {
    const response = await get("/islands-page", "GET", { "Accept-Encoding": "identity" });
    const body = response.body.toString("utf8");
    expect(body).not.toContain("__next_f");
    expect(body).toContain(`<script type="module" src="${ISLANDS_ENTRY}"></script></body>`);
    expect(Number(response.headers["content-length"])).toBe(response.body.byteLength);
    const policy = String(response.headers["content-security-policy"]);
    expect(policy).toContain(sha256(SWAP));
    expect(policy).not.toContain(sha256(FLIGHT));
  });
});
