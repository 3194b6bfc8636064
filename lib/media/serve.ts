import "server-only";
import { BODY_LENGTH_HEADER } from "@/lib/server/body-length";
import { isValidMediaKey, mediaStorage } from "./storage";

const TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
  mp3: "audio/mpeg",
  opus: "audio/ogg",
  ogg: "audio/ogg",
};

/**
 * Reads a single `bytes=` range. Per RFC 9110 a header we do not understand
 * (another unit, several ranges, bad syntax) is ignored, giving the whole
 * file; only a well-formed range outside the file is "unsatisfiable".
 */
export function parseRange(
  header: string | null,
  size: number,
): { start: number; end: number } | null | "unsatisfiable" {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (!match[1] && !match[2])) return null;
  if (!match[1]) {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const last = match[2] ? Number(match[2]) : Infinity;
  if (last < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end: Math.min(last, size - 1) };
}

/**
 * Streams a stored file. Keys are content-addressed, so responses are
 * immutable and cacheable forever; ranges let audio players seek.
 */
export async function serveMedia(key: string, request: Request): Promise<Response> {
  const ext = key.split(".").pop() ?? "";
  const type = TYPES[ext];
  if (!isValidMediaKey(key) || !type) return new Response("Not found", { status: 404 });
  const storage = mediaStorage();
  const size = await storage.size(key);
  if (size === null) return new Response("Not found", { status: 404 });

  const headers = new Headers({
    "Content-Type": type,
    "Cache-Control": "public, max-age=31536000, immutable",
    "Accept-Ranges": "bytes",
    "X-Content-Type-Options": "nosniff",
  });
  const range = parseRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const body = request.method === "HEAD" ? null : await storage.read(key, range ?? undefined);
  if (request.method !== "HEAD" && !body) return new Response("Not found", { status: 404 });
  // The length travels twice: see lib/server/body-length.ts.
  const length = String(range ? range.end - range.start + 1 : size);
  headers.set("Content-Length", length);
  headers.set(BODY_LENGTH_HEADER, length);
  if (range) {
    headers.set("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
    return new Response(body, { status: 206, headers });
  }
  return new Response(body, { status: 200, headers });
}
