import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { authSecret } from "./secret";
import { loadSessionStaff } from "./session";

/**
 * Next's draft-mode cookie has one value per build: anyone who has seen it
 * (a contributor who opened one preview) could send it to skip the page
 * cache on every request. It counts only beside an open staff session;
 * proxy.ts strips it from every other request before a page sees it.
 */
export const DRAFT_MODE_COOKIE = "__prerender_bypass";

export async function carriesValidStaffSession(request: NextRequest): Promise<boolean> {
  try {
    const token = await getToken({
      req: request,
      secret: authSecret(),
      secureCookie:
        request.nextUrl.protocol === "https:" ||
        request.cookies.has("__Secure-next-auth.session-token"),
    });
    if (!token?.sub || !token.sid) return false;
    return (await loadSessionStaff(token.sid, token.sub, token.sessionVersion ?? -1)) !== null;
  } catch {
    return false;
  }
}

/** The Cookie header without the draft-mode cookie. */
export function withoutDraftCookie(cookieHeader: string): string {
  return cookieHeader
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith(`${DRAFT_MODE_COOKIE}=`))
    .join("; ");
}
