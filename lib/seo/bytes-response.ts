import { BODY_LENGTH_HEADER } from "@/lib/server/body-length";

/**
 * A whole body known in advance (a generated image, an icon), answered with
 * its length: podcast apps, crawlers and download managers read
 * Content-Length, and without it the response goes out chunked (see
 * lib/server/body-length.ts for why the length travels twice). HEAD gets the
 * same headers and no body.
 */
export function bytesResponse(
  request: Request,
  bytes: Uint8Array<ArrayBuffer> | string,
  headers: Record<string, string>,
): Response {
  const body = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  return new Response(request.method === "HEAD" ? null : body, {
    status: 200,
    headers: { ...headers, ...lengthHeaders(body.byteLength) },
  });
}

/** Content-Length, and the same length where Next.js lets it through. */
export function lengthHeaders(length: number): Record<string, string> {
  return { "Content-Length": String(length), [BODY_LENGTH_HEADER]: String(length) };
}
