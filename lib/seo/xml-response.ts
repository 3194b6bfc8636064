import { createHash } from "node:crypto";

/** A rendered XML file with what conditional requests need. */
export interface XmlFile {
  body: string;
  /** Time of the newest change the file shows, for Last-Modified. */
  lastModified: Date | null;
}

export const XML_TYPES = {
  sitemap: "application/xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
} as const;

/**
 * Answers with the file, or 304 when the client already has it. Crawlers and
 * feed readers poll these files all day; a strong ETag over the bytes (and
 * Last-Modified for clients that only send If-Modified-Since) lets most polls
 * end without a body. HEAD gets the same headers without one.
 */
export function xmlResponse(
  request: Request,
  file: XmlFile,
  options: { type: keyof typeof XML_TYPES; maxAgeSeconds: number },
): Response {
  const etag = etagOf(file);
  const headers = new Headers({
    "Content-Type": XML_TYPES[options.type],
    "Cache-Control": `public, max-age=${options.maxAgeSeconds}`,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  });
  if (file.lastModified) headers.set("Last-Modified", file.lastModified.toUTCString());
  if (isNotModified(request, etag, file.lastModified)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === "HEAD" ? null : file.body, { status: 200, headers });
}

// Files come from the data cache, so the same object is answered many times;
// its hash is computed once.
const etags = new WeakMap<XmlFile, string>();

function etagOf(file: XmlFile): string {
  let etag = etags.get(file);
  if (!etag) {
    etag = `"${createHash("sha1").update(file.body).digest("base64url")}"`;
    etags.set(file, etag);
  }
  return etag;
}

function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  // RFC 9110: If-None-Match, when present, decides alone.
  if (ifNoneMatch !== null) {
    return ifNoneMatch
      .split(",")
      .map((tag) => tag.trim().replace(/^W\//, ""))
      .some((tag) => tag === etag || tag === "*");
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (!ifModifiedSince || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds; compare at that precision.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export function notFoundXml(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
