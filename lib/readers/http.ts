import "server-only";
import { bodyErrorResponse, readFields, type BodyFields } from "@/lib/http/body";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import type { Edition } from "@/lib/i18n/editions";
import { answerIn } from "./answers";
import { statusOf, type ReaderResult } from "./results";

/**
 * Helpers for the reader route handlers. Each accepts a plain HTML form (so
 * signing in works without JavaScript: the answer is a redirect) or JSON
 * from the comments island (the answer is JSON).
 */
export type ReaderRequestBody = BodyFields;

/** Bodies a reader endpoint accepts: a comment is the largest thing a reader sends. */
export const READER_BODY_LIMITS = { comment: 128 * 1024, form: 8 * 1024 } as const;

type Handler<P> = (input: { request: Request; params: P; body: BodyFields }) => Promise<Response>;

/**
 * Declares a reader endpoint that changes something: only the site's own
 * pages may call it (the browser says where a request comes from), and its
 * body is read within `bodyLimit` before anything else happens (413 beyond,
 * 400 for JSON that does not parse).
 */
export function readerRoute<P = Record<string, never>>(
  options: { bodyLimit: number },
  handler: Handler<P>,
) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    if (!isSameOriginRequest(request)) return forbiddenOrigin();
    let body: BodyFields;
    try {
      body = await readFields(request, options.bodyLimit);
    } catch (error) {
      return bodyErrorResponse(error, wantsJsonAnswer(request));
    }
    const params = (context ? await context.params : {}) as P;
    return handler({ request, params, body });
  };
}

function wantsJsonAnswer(request: Request): boolean {
  return (
    (request.headers.get("content-type") ?? "").includes("json") ||
    (request.headers.get("accept") ?? "").includes("application/json")
  );
}

const NO_STORE = { "Cache-Control": "private, no-store" };

export function json(body: unknown, status = 200, cookies: string[] = []): Response {
  const headers = new Headers({ ...NO_STORE, "Content-Type": "application/json" });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(JSON.stringify(body), { status, headers });
}

/** A command's result as JSON, its messages in `edition`'s language (answerEdition). */
export function jsonResult<T>(
  result: ReaderResult<T>,
  edition: Edition = "en",
  cookies: string[] = [],
): Response {
  return json(answerIn(result, edition), result.ok ? 200 : statusOf(result), cookies);
}

/**
 * 303 See Other to a path of this site, so the browser follows with a GET.
 * The Location is relative: right behind any proxy, whatever host it used.
 */
export function redirectTo(path: string, cookies: string[] = []): Response {
  const headers = new Headers({ ...NO_STORE, Location: path });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

export function forbiddenOrigin(): Response {
  return json({ ok: false, code: "forbidden", error: "Send this from the site's own pages." }, 403);
}
