import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { bodyErrorResponse, readFields } from "@/lib/http/body";

// next-auth's own endpoints (sign-in callback, CSRF token, sign-out), each
// protected by its double-submit CSRF token.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handle(request: Request, context: Context) {
  return NextAuth(request as never, { params: await context.params } as never, authOptions());
}

/** Sign-in forms and sign-out are small; a larger or unreadable body is refused here. */
const MAX_BODY_BYTES = 8 * 1024;

export const GET = handle;

export async function POST(request: Request, context: Context) {
  let fields: Record<string, unknown>;
  try {
    ({ fields } = await readFields(request, MAX_BODY_BYTES));
  } catch (error) {
    return bodyErrorResponse(error);
  }
  // next-auth reads the form itself: hand it the same fields, url-encoded.
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string") form.set(key, value);
  }
  // next-auth reads `nextUrl`, which only a NextRequest has.
  const replay = new NextRequest(request.url, {
    method: "POST",
    headers: new Headers([
      ...[...request.headers].filter(([name]) => !/^content-(type|length)$/i.test(name)),
      ["content-type", "application/x-www-form-urlencoded"],
    ]),
    body: form.toString(),
  });
  return handle(replay, context);
}
