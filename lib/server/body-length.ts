import type { ServerResponse } from "node:http";

/**
 * Content-Length for bodies known in advance (media files, their ranges,
 * generated images, icons, feeds).
 *
 * Next.js drops Content-Length from every route handler's Response and
 * streams the body, so without help every such answer goes out chunked and
 * a HEAD carries no length at all. Podcast apps, download managers and some
 * crawlers read the length before they fetch. So a handler also names the
 * length in a header of ours, and the app server's response filter
 * (lib/server/response-filter.ts) turns it into Content-Length as the
 * headers leave. Compression, where it applies, then replaces it with its
 * own framing.
 */
export const BODY_LENGTH_HEADER = "x-newsroom-body-length";

type Headers = Pick<ServerResponse, "getHeader" | "hasHeader" | "setHeader" | "removeHeader">;

/** The length a handler named, as Content-Length; the header of ours never leaves. */
export function applyBodyLength(response: Headers): void {
  const length = response.getHeader(BODY_LENGTH_HEADER);
  if (length === undefined) return;
  response.removeHeader(BODY_LENGTH_HEADER);
  if (!/^\d+$/.test(String(length))) return;
  if (
    response.hasHeader("content-encoding") ||
    response.hasHeader("transfer-encoding") ||
    response.hasHeader("content-length")
  ) {
    return;
  }
  response.setHeader("content-length", String(length));
}
