/**
 * The one way route handlers read a request body. The declared length is
 * checked before a byte is read; a body without one (chunked) is counted as
 * it streams and cut off the moment it passes the route's limit. Either way
 * the caller gets BodyTooLargeError and answers 413 at once, so nobody can
 * make the server hold more than a route's limit in memory.
 */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${describeBytes(limit)}.`);
  }
}

export class MalformedBodyError extends Error {}

export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Reads at most `limit` bytes of the body; throws BodyTooLargeError beyond. */
export async function readBodyBytes(request: Request, limit: number): Promise<Buffer> {
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > limit)) {
    await request.body?.cancel().catch(() => {});
    throw new BodyTooLargeError(limit);
  }
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export interface BodyFields {
  fields: Record<string, unknown>;
  /** The caller sent JSON (an island); a plain form post wants a redirect. */
  wantsJson: boolean;
}

function typeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").toLowerCase();
}

/**
 * A JSON object, a url-encoded form or a multipart form's text fields.
 * Throws BodyTooLargeError, or MalformedBodyError for JSON that does not
 * parse or is not an object.
 */
export async function readFields(request: Request, limit: number): Promise<BodyFields> {
  const type = typeOf(request);
  if (type.startsWith("application/json")) {
    const text = (await readBodyBytes(request, limit)).toString("utf8");
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      throw new MalformedBodyError("The request body is not valid JSON.");
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new MalformedBodyError("The request body must be a JSON object.");
    }
    return { fields: parsed as Record<string, unknown>, wantsJson: true };
  }
  if (type.startsWith("multipart/form-data")) {
    const form = await readMultipart(request, limit);
    const fields: Record<string, unknown> = {};
    for (const [key, value] of form) if (typeof value === "string") fields[key] = value;
    return { fields, wantsJson: false };
  }
  const text = (await readBodyBytes(request, limit)).toString("utf8");
  return { fields: Object.fromEntries(new URLSearchParams(text)), wantsJson: false };
}

/** A multipart (or url-encoded) form of at most `limit` bytes, parsed from memory. */
export async function readMultipart(request: Request, limit: number): Promise<FormData> {
  const bytes = await readBodyBytes(request, limit);
  try {
    return await new Response(new Uint8Array(bytes), {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new MalformedBodyError("The form could not be read.");
  }
}

/**
 * 413, and the connection closed: a client that is still sending a body
 * too large for the route is not read any further.
 */
export function payloadTooLarge(error: BodyTooLargeError, json = true): Response {
  const headers = { "Cache-Control": "no-store", Connection: "close" };
  const message = `${error.message} Send less.`;
  return json
    ? Response.json({ ok: false, code: "too-large", error: message }, { status: 413, headers })
    : new Response(message, {
        status: 413,
        headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
      });
}

export function malformedBody(error: MalformedBodyError, json = true): Response {
  const headers = { "Cache-Control": "no-store" };
  return json
    ? Response.json({ ok: false, code: "invalid", error: error.message }, { status: 400, headers })
    : new Response(error.message, {
        status: 400,
        headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
      });
}

/** Answers a body error with its status, or rethrows anything else. */
export function bodyErrorResponse(error: unknown, json = true): Response {
  if (error instanceof BodyTooLargeError) return payloadTooLarge(error, json);
  if (error instanceof MalformedBodyError) return malformedBody(error, json);
  throw error;
}
