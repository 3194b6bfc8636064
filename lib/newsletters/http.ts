import "server-only";
import { BodyTooLargeError, payloadTooLarge, readBodyBytes } from "@/lib/http/body";

/** Helpers shared by the reader-side newsletter endpoints (app/api/newsletters/*). */

const MAX_FORM_BYTES = 16 * 1024;

/**
 * The request's url-encoded form, or null when it is something else. Every
 * form here (and RFC 8058's one-click POST) is url-encoded. Throws
 * BodyTooLargeError past MAX_FORM_BYTES (see answerBodyErrors).
 */
export async function readForm(request: Request): Promise<URLSearchParams | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded")) return null;
  return new URLSearchParams((await readBodyBytes(request, MAX_FORM_BYTES)).toString("utf8"));
}

/** Wraps an endpoint so a body over the limit is answered 413 at once. */
export function answerBodyErrors<A extends [Request, ...unknown[]]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return payloadTooLarge(error, wantsJson(args[0]));
      throw error;
    }
  };
}

/** The progressively enhanced forms ask for JSON; a plain form post gets a redirect. */
export function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json");
}

const NO_STORE = { "Cache-Control": "no-store" };

/** 303: the browser GETs the result page, so reloading it never posts again. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, ...NO_STORE } });
}

export function jsonAnswer(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

export function plainAnswer(text: string, status: number): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE },
  });
}
