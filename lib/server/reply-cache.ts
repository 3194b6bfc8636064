import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { isInvalidated } from "@/lib/cache/staleness.mjs";

/**
 * Finished replies for cached reader pages, kept by the app server in front
 * of Next. A page Next answers from its page cache still costs a pass
 * through Next's router, the proxy, the ETag hash over the whole page and
 * the response filter: a few milliseconds, for bytes that were the same
 * last time. Here the reply itself is kept (headers, body, a gzip copy) and
 * sent again as is, until a tag it shows is invalidated (the same tag clock
 * and rule as Next's page cache: lib/cache/staleness.mjs) or a short time
 * limit passes.
 *
 * Only what every reader gets is kept: a GET with no query string and none
 * of the headers or the cookie that make Next answer differently (React's
 * flight data, draft mode, server actions), outside the staff, API and
 * personal paths, and only a 200 page Next served from its page cache (never
 * a render in progress, a stale copy, or anything that sets a cookie).
 */
export interface ReplyCacheOptions {
  maxBytes: number;
  /** The longest a reply is kept, whatever its s-maxage (time-based refreshes). */
  maxAgeMs?: number;
  now?: () => number;
}

interface Reply {
  storedAt: number;
  expiresAt: number;
  tags: readonly string[];
  etag: string | null;
  /** Headers of a 200 without Content-Length and Content-Encoding. */
  headers: OutgoingHttpHeaders;
  /** Headers of a 304: no body, so no type, length or policy. */
  notModified: OutgoingHttpHeaders;
  body: Buffer;
  gzip: Buffer | null;
  headerBytes: number;
}

const DRAFT_MODE_COOKIE = "__prerender_bypass";

// As deploy/varnish/default.vcl passes them, plus Next's own files.
const PERSONAL_PATH =
  /^\/(?:editor|api|login|account|preview|search|healthz|metrics|comments|_next)(?:\/|$)|^(?:\/uk)?\/(?:comments|search)(?:\/|$)|^(?:\/uk)?\/newsletters\/(?:confirm|manage|unsubscribe|sign-up)(?:\/|$)/;

// Requests Next answers with something other than the page's HTML.
const NEXT_REQUEST_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
  "x-prerender-revalidate",
  "x-middleware-prefetch",
];

// Never sent again: per request, or set for each reply by Node or here.
const NOT_KEPT = new Set([
  "x-request-id",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
]);

const NOT_ON_304 = new Set(["content-type", "content-security-policy"]);

/** Whether this request may be answered from the cache, and its reply kept. */
export function replyCacheable(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "";
  if (!url.startsWith("/") || url.includes("?") || PERSONAL_PATH.test(url)) return false;
  const headers = req.headers;
  for (const name of NEXT_REQUEST_HEADERS) if (headers[name] !== undefined) return false;
  const cookie = headers.cookie;
  return !(cookie && cookie.includes(DRAFT_MODE_COOKIE));
}

/** The q-value a client gives a content coding ("*" counts where it names none). */
function quality(accept: string, coding: string): number | undefined {
  let star: number | undefined;
  for (const part of accept.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    const value = q === undefined ? 1 : Number(q);
    if (name.trim() === coding) return value;
    if (name.trim() === "*") star = value;
  }
  return star;
}

/** Which stored body this client takes: gzip, identity, or neither (let Next answer). */
function codingFor(req: IncomingMessage): "gzip" | "identity" | null {
  const accept = req.headers["accept-encoding"];
  if (typeof accept !== "string" || !accept.trim()) return "identity";
  if ((quality(accept, "gzip") ?? 0) > 0) return "gzip";
  return (quality(accept, "identity") ?? 1) > 0 ? "identity" : null;
}

/** If-None-Match as Next answers it (next/dist/compiled/fresh): weak comparison, no-cache wins. */
function notModified(req: IncomingMessage, etag: string): boolean {
  const match = req.headers["if-none-match"];
  if (!match) return false;
  const cacheControl = req.headers["cache-control"];
  if (cacheControl && /(?:^|,)\s*no-cache\s*(?:,|$)/.test(cacheControl)) return false;
  // A page has no Last-Modified, so Next never finds If-Modified-Since satisfied.
  if (req.headers["if-modified-since"]) return false;
  if (match.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return match.split(",").some((token) => token.trim().replace(/^W\//, "") === bare);
}

function sMaxAgeSeconds(cacheControl: string): number {
  if (/\b(?:private|no-store|no-cache)\b/i.test(cacheControl)) return 0;
  return Number(/\bs-maxage=(\d+)/i.exec(cacheControl)?.[1] ?? 0);
}

function withAcceptEncoding(vary: unknown): string {
  const current = Array.isArray(vary) ? vary.join(", ") : vary ? String(vary) : "";
  if (/(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i.test(current)) return current;
  return current ? `${current}, Accept-Encoding` : "Accept-Encoding";
}

export class ReplyCache {
  private readonly store: LRUCache<string, Reply>;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(options: ReplyCacheOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.store = new LRUCache<string, Reply>({
      maxSize: options.maxBytes,
      maxEntrySize: Math.max(1, Math.floor(options.maxBytes / 4)),
      sizeCalculation: (reply) =>
        256 + reply.body.length + (reply.gzip?.length ?? 0) + reply.headerBytes,
    });
  }

  get size(): number {
    return this.store.size;
  }

  /**
   * Answers the request from the cache and returns true, or returns false
   * (nothing fresh kept for it, or it is not a request the cache may answer).
   */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    if (!replyCacheable(req)) return false;
    const key = req.url!;
    const reply = this.store.get(key);
    if (!reply) return false;
    if (this.now() >= reply.expiresAt || isInvalidated(reply.storedAt, reply.tags)) {
      this.store.delete(key);
      return false;
    }
    if (reply.etag && notModified(req, reply.etag)) {
      res.writeHead(304, reply.notModified);
      res.end();
      return true;
    }
    // A HEAD is never compressed (as compression() does), so it gets the plain length.
    const coding = req.method === "HEAD" ? "identity" : codingFor(req);
    if (coding === null) return false;
    const body = coding === "gzip" ? this.gzipped(key, reply) : reply.body;
    res.writeHead(200, {
      ...reply.headers,
      ...(coding === "gzip" ? { "Content-Encoding": "gzip" } : {}),
      "Content-Length": body.length,
    });
    if (req.method === "HEAD") res.end();
    else res.end(body);
    return true;
  }

  /**
   * A finished reply, before its headers go out: kept when it is a page
   * Next served from its page cache to a request the cache may answer.
   * `tags` are the page's cache tags (the filter has taken them off the
   * response by now).
   */
  offer(
    req: IncomingMessage,
    res: ServerResponse,
    page: string | Buffer,
    tags: readonly string[],
  ): boolean {
    if (req.method !== "GET" || !replyCacheable(req)) return false;
    if (res.statusCode !== 200 || res.getHeader("x-nextjs-cache") !== "HIT") return false;
    if (!tags.length || res.hasHeader("set-cookie") || res.hasHeader("content-encoding")) {
      return false;
    }
    if (!/^\s*text\/html\b/i.test(String(res.getHeader("content-type") ?? ""))) return false;
    const sMaxAge = sMaxAgeSeconds(String(res.getHeader("cache-control") ?? ""));
    if (sMaxAge <= 0) return false;

    const body = typeof page === "string" ? Buffer.from(page, "utf8") : page;
    const headers: OutgoingHttpHeaders = {};
    const notModifiedHeaders: OutgoingHttpHeaders = {};
    let headerBytes = 0;
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (value === undefined || NOT_KEPT.has(name)) continue;
      headers[name] = value;
      if (!NOT_ON_304.has(name)) notModifiedHeaders[name] = value;
      headerBytes += name.length + String(value).length;
    }
    // As compression() says of every page it could compress.
    headers.vary = withAcceptEncoding(headers.vary);
    notModifiedHeaders.vary = headers.vary;
    const etag = res.getHeader("etag");
    const now = this.now();
    const reply: Reply = {
      storedAt: now,
      expiresAt: now + Math.min(sMaxAge * 1000, this.maxAgeMs),
      tags: [...tags],
      etag: typeof etag === "string" ? etag : null,
      headers,
      notModified: notModifiedHeaders,
      body,
      gzip: null,
      headerBytes,
    };
    const key = req.url!;
    this.store.set(key, reply);
    return this.store.peek(key) === reply;
  }

  /**
   * The gzip copy, made on the first request that takes it: once per page
   * version, as compression() would have for that one request anyway.
   */
  private gzipped(key: string, reply: Reply): Buffer {
    if (reply.gzip) return reply.gzip;
    const compressed = gzipSync(reply.body);
    // A new entry, so that the cache's size counts the compressed copy.
    this.store.set(key, { ...reply, gzip: compressed });
    return compressed;
  }

  clear(): void {
    this.store.clear();
  }
}
