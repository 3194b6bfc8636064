import { etagOfText, matchesIfNoneMatch } from "@/lib/http/etag";
import { lengthHeaders } from "./bytes-response";

/** A rendered XML file. */
export interface XmlFile {
  body: string;
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
  now: number = Date.now(),
): Response {
  const etag = etagOf(file);
  const lastModified = changedAt(new URL(request.url).pathname, etag, now);
  const bytes = new TextEncoder().encode(file.body);
  const headers = new Headers({
    "Content-Type": XML_TYPES[options.type],
    "Cache-Control": `public, max-age=${options.maxAgeSeconds}`,
    ETag: etag,
    "Last-Modified": lastModified.toUTCString(),
    "X-Content-Type-Options": "nosniff",
  });
  if (isNotModified(request, etag, lastModified)) {
    return new Response(null, { status: 304, headers });
  }
  for (const [name, value] of Object.entries(lengthHeaders(bytes.byteLength))) {
    headers.set(name, value);
  }
  return new Response(request.method === "HEAD" ? null : bytes, { status: 200, headers });
}

/**
 * When the bytes at an address last changed, as this process saw it: the
 * first time it served them. A file shows more than any one date in it
 * says (an edited headline, a renamed tag, a story taken down), so the
 * newest publication or update time would let If-Modified-Since answer 304
 * after such a change. Each new version gets a later second than the one
 * before, so even a change within the same second is told apart; after a
 * restart every file counts as new once (a 200 instead of a 304, never the
 * other way round).
 */
const versions = ((
  globalThis as { newsroomXmlVersions?: Map<string, Version> }
).newsroomXmlVersions ??= new Map<string, Version>());
interface Version {
  etag: string;
  since: number;
}
const MAX_ADDRESSES = 10_000;

function changedAt(address: string, etag: string, now: number): Date {
  const known = versions.get(address);
  if (known?.etag === etag) return new Date(known.since);
  const second = Math.floor(now / 1000) * 1000;
  const since = known ? Math.max(second, known.since + 1000) : second;
  versions.delete(address);
  versions.set(address, { etag, since });
  // Forgetting an address only makes its next answer count as new.
  if (versions.size > MAX_ADDRESSES) versions.delete(versions.keys().next().value!);
  return new Date(since);
}

// Files come from the data cache, so the same object is answered many times;
// its hash is computed once.
const etags = new WeakMap<XmlFile, string>();

function etagOf(file: XmlFile): string {
  let etag = etags.get(file);
  if (!etag) {
    etag = etagOfText(file.body);
    etags.set(file, etag);
  }
  return etag;
}

function isNotModified(request: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  // RFC 9110: If-None-Match, when present, decides alone.
  if (ifNoneMatch !== null) return matchesIfNoneMatch(ifNoneMatch, etag);
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (!ifModifiedSince) return false;
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
