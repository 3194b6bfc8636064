import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { applyBodyLength } from "./body-length";
import { deliverIslands, type IslandsDelivery } from "./islands-delivery";
import { htmlPolicy, inlineScriptHashes, isUnframeable, RESOURCE_POLICY } from "./content-security";
import { surrogateHeader, TAGS_HEADER, type SurrogateStyle } from "./surrogate-keys";

/**
 * Every response leaves through here, after Next has made it: security
 * headers on all of them; for HTML, a Content-Security-Policy that allows
 * exactly the inline scripts the page contains (which needs the whole page,
 * so HTML is held until it ends: cached pages arrive whole anyway); cache
 * tags turned into the edge's surrogate keys, and the internal header
 * removed; a body length a handler named becomes Content-Length.
 */
export interface ResponseFilterOptions {
  surrogateStyle: SurrogateStyle;
  surrogateMaxBytes: number;
  development: boolean;
  https: boolean;
  /** Strict-Transport-Security max-age in seconds; 0 sends none. */
  hstsSeconds: number;
  /** Pages that ask for it are sent with islands alone (lib/server/islands-delivery.ts). */
  islands?: IslandsDelivery | null;
}

const PERMISSIONS_POLICY =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()";

// A cached page is sent many times with the same ETag: hash its scripts once.
const policies = new LRUCache<string, string>({ max: 2_000 });

/** Where a finished reply may be kept (lib/server/reply-cache.ts). */
export interface ReplyStore {
  /** Called with the finished page before its headers go out; keeps it or not. */
  offer(
    req: IncomingMessage,
    res: ServerResponse,
    body: string | Buffer,
    tags: readonly string[],
  ): unknown;
}

// A page is sent many times with the same tags: the header is worked out once.
const surrogateHeaders = new LRUCache<string, { name: string; value: string } | false>({
  max: 2_000,
});

function surrogateHeaderFor(
  tags: string,
  options: ResponseFilterOptions,
): { name: string; value: string } | null {
  const key = `${options.surrogateStyle}:${options.surrogateMaxBytes}:${tags}`;
  const known = surrogateHeaders.get(key);
  if (known !== undefined) return known || null;
  const header = surrogateHeader(
    tags.split(/[\s,]+/).filter(Boolean),
    options.surrogateStyle,
    options.surrogateMaxBytes,
  );
  surrogateHeaders.set(key, header ?? false);
  return header;
}

/** Sets the headers every response gets; returns the cache tags it took off. */
function applyHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  options: ResponseFilterOptions,
): string {
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("X-Frame-Options", isUnframeable(pathname) ? "DENY" : "SAMEORIGIN");
  if (options.hstsSeconds > 0) {
    res.setHeader("Strict-Transport-Security", `max-age=${options.hstsSeconds}; includeSubDomains`);
  }

  const tagsHeader = res.getHeader(TAGS_HEADER);
  const tags = tagsHeader === undefined ? "" : String(tagsHeader);
  res.removeHeader(TAGS_HEADER);
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  const shared = !/\b(?:private|no-store)\b/i.test(cacheControl);
  if (tags && shared) {
    const header = surrogateHeaderFor(tags, options);
    if (header) res.setHeader(header.name, header.value);
  }
  return tags;
}

function isHtml(res: ServerResponse): boolean {
  return /^\s*text\/html\b/i.test(String(res.getHeader("content-type") ?? ""));
}

function htmlPolicyFor(
  req: IncomingMessage,
  res: ServerResponse,
  body: string | Buffer,
  byteLength: number,
  options: ResponseFilterOptions,
): string {
  const pathname = (req.url ?? "/").split("?")[0] ?? "/";
  const framing = isUnframeable(pathname) ? "none" : "self";
  const etag = res.getHeader("etag");
  const key = etag ? `${framing}:${String(etag)}:${byteLength}` : null;
  const known = key ? policies.get(key) : undefined;
  if (known) return known;
  const policy = htmlPolicy({
    scriptHashes: inlineScriptHashes(typeof body === "string" ? body : body.toString("utf8")),
    development: options.development,
    https: options.https,
    framing,
  });
  if (key) policies.set(key, policy);
  return policy;
}

type Callback = (error?: Error | null) => void;

/** Installs the filter on one response; call before handing the request to Next. */
export function filterResponse(
  req: IncomingMessage,
  res: ServerResponse,
  options: ResponseFilterOptions,
  replies?: ReplyStore | null,
): void {
  const writeHead = res.writeHead.bind(res) as (status: number) => ServerResponse;
  const write = res.write.bind(res) as (
    chunk: unknown,
    encoding?: unknown,
    cb?: unknown,
  ) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown, encoding?: unknown, cb?: unknown) => void;
  const flushHeaders = res.flushHeaders.bind(res);
  let mode: "undecided" | "hold" | "pass" = "undecided";
  // Chunks as they came: Next sends a cached page as one string, which needs
  // no copy unless it is kept or hashed.
  const held: (string | Buffer)[] = [];
  let tags = "";

  const decide = () => {
    if (mode !== "undecided") return;
    tags = applyHeaders(req, res, options);
    // Next drops a handler's Content-Length; the length it named comes back here.
    applyBodyLength(res);
    const status = res.statusCode;
    // A 304 must not carry a policy: browsers and edges merge its headers
    // into the stored page.
    if (status === 304) {
      mode = "pass";
      return;
    }
    if (isHtml(res) && req.method !== "HEAD" && status !== 204) {
      mode = "hold";
      return;
    }
    if (!res.hasHeader("content-security-policy") && !isHtml(res)) {
      res.setHeader("Content-Security-Policy", RESOURCE_POLICY);
    }
    mode = "pass";
  };

  const toBuffer = (chunk: unknown, encoding: unknown): Buffer =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.from(
            String(chunk),
            typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
          );
  // Strings in UTF-8 stay strings; anything else becomes bytes now.
  const toChunk = (chunk: unknown, encoding: unknown): string | Buffer =>
    typeof chunk === "string" &&
    (typeof encoding !== "string" || encoding === "utf8" || encoding === "utf-8")
      ? chunk
      : toBuffer(chunk, encoding);

  res.writeHead = function patchedWriteHead(
    status: number,
    reasonOrHeaders?: string | OutgoingHttpHeaders | unknown[],
    maybeHeaders?: OutgoingHttpHeaders | unknown[],
  ) {
    res.statusCode = status;
    const headers = typeof reasonOrHeaders === "string" ? maybeHeaders : reasonOrHeaders;
    if (typeof reasonOrHeaders === "string") res.statusMessage = reasonOrHeaders;
    if (Array.isArray(headers)) {
      // Raw [name, value, name, value, …] pairs.
      for (let i = 0; i + 1 < headers.length; i += 2) {
        res.setHeader(String(headers[i]), headers[i + 1] as string);
      }
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined) res.setHeader(name, value);
      }
    }
    decide();
    return mode === "pass" ? writeHead(res.statusCode) : res;
  } as typeof res.writeHead;

  res.flushHeaders = () => {
    decide();
    if (mode === "pass") flushHeaders();
  };

  res.write = function patchedWrite(chunk: unknown, encoding?: unknown, cb?: unknown) {
    decide();
    if (mode === "pass") return write(chunk, encoding, cb);
    held.push(toChunk(chunk, encoding));
    const callback = (typeof encoding === "function" ? encoding : cb) as Callback | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as typeof res.write;

  res.end = function patchedEnd(chunk?: unknown, encoding?: unknown, cb?: unknown): ServerResponse {
    if (typeof chunk === "function") return patchedEnd(undefined, undefined, chunk);
    if (typeof encoding === "function") return patchedEnd(chunk, undefined, encoding);
    decide();
    if (mode === "pass") {
      end(chunk, encoding, cb);
      return res;
    }
    if (chunk !== undefined && chunk !== null) held.push(toChunk(chunk, encoding));
    const whole: string | Buffer =
      held.length === 1 ? held[0]! : Buffer.concat(held.map((part) => toBuffer(part, "utf8")));
    const body = options.islands ? deliverIslands(whole, options.islands) : whole;
    held.length = 0;
    const byteLength = typeof body === "string" ? Buffer.byteLength(body) : body.length;
    res.setHeader("Content-Security-Policy", htmlPolicyFor(req, res, body, byteLength, options));
    // The whole page is known: its length, unless the page named its own
    // chunked framing (both at once is a broken response). Compression,
    // where it applies, drops the length and Node sends the gzip in chunks.
    // (Transfer-Encoding is never removed: that stops Node chunking, and an
    // edge reads a compressed page without framing as empty.)
    if (!res.hasHeader("transfer-encoding")) res.setHeader("Content-Length", byteLength);
    if (replies && tags) replies.offer(req, res, body, tags.split(/[\s,]+/).filter(Boolean));
    writeHead(res.statusCode);
    end(body, cb);
    return res;
  } as typeof res.end;
}
