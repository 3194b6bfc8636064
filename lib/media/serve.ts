import "server-only";
import { BODY_LENGTH_HEADER } from "@/lib/server/body-length";
import { TAGS_HEADER } from "@/lib/server/surrogate-keys";
import { tags } from "@/lib/cache/tags";
import { matchesNoneMatch, mediaEtag, parseRange, rangeStillApplies } from "./http-ranges";
import { isValidMediaKey, mediaContentType } from "./media-storage";
import { storedFileInfo } from "./stored-file-info";
import { mediaStorage } from "./storage";

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * Streams a stored file from whichever store holds it. Keys are
 * content-addressed, so responses are immutable and cacheable forever; the
 * key is the ETag; ranges let audio players seek; the edge learns the
 * library item (`media:<id>`) so a delete can purge it.
 */
export async function serveMedia(key: string, request: Request): Promise<Response> {
  const type = mediaContentType(key);
  if (!isValidMediaKey(key) || !type) return notFound();
  const info = await storedFileInfo(key);
  if (!info) return notFound();
  const { size } = info;

  const etag = mediaEtag(key);
  const headers = new Headers({
    "Content-Type": type,
    "Cache-Control": "public, max-age=31536000, immutable",
    "Accept-Ranges": "bytes",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  });
  if (info.mediaId) headers.set(TAGS_HEADER, tags.media(info.mediaId));
  if (matchesNoneMatch(request.headers.get("if-none-match"), etag)) {
    headers.delete("Content-Type");
    return new Response(null, { status: 304, headers });
  }

  const wanted = rangeStillApplies(request.headers.get("if-range"), etag)
    ? parseRange(request.headers.get("range"), size)
    : null;
  if (wanted === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const range = wanted ?? undefined;
  const length = range ? range.end - range.start + 1 : size;
  headers.set("Content-Length", String(length));
  // The length travels twice: see lib/server/body-length.ts.
  headers.set(BODY_LENGTH_HEADER, String(length));
  if (range) headers.set("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
  const status = range ? 206 : 200;
  if (request.method === "HEAD") return new Response(null, { status, headers });

  // Streamed as the store sends it: a long MP3 is never held in memory.
  const body = await mediaStorage().read(key, range);
  if (!body) return notFound();
  return new Response(body, { status, headers });
}
