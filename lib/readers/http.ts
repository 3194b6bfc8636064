import "server-only";
import { statusOf, type ReaderResult } from "./results";

/**
 * Helpers for the reader route handlers. Each accepts a plain HTML form (so
 * signing in works without JavaScript: the answer is a redirect) or JSON
 * from the comments island (the answer is JSON).
 */
export interface ReaderRequestBody {
  fields: Record<string, unknown>;
  wantsJson: boolean;
}

export async function readBody(request: Request): Promise<ReaderRequestBody> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    const text = await request.text();
    if (text.length > 100_000) return { fields: {}, wantsJson: true };
    try {
      const parsed: unknown = JSON.parse(text);
      return {
        fields: parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {},
        wantsJson: true,
      };
    } catch {
      return { fields: {}, wantsJson: true };
    }
  }
  try {
    const form = await request.formData();
    const fields: Record<string, unknown> = {};
    for (const [key, value] of form) if (typeof value === "string") fields[key] = value;
    return { fields, wantsJson: false };
  } catch {
    return { fields: {}, wantsJson: false };
  }
}

const NO_STORE = { "Cache-Control": "private, no-store" };

export function json(body: unknown, status = 200, cookies: string[] = []): Response {
  const headers = new Headers({ ...NO_STORE, "Content-Type": "application/json" });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(JSON.stringify(body), { status, headers });
}

export function jsonResult<T>(result: ReaderResult<T>, cookies: string[] = []): Response {
  return json(result, result.ok ? 200 : statusOf(result), cookies);
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
