import { isSameOriginRequest } from "@/lib/http/same-origin";
import { safeReturnPath } from "@/lib/http/return-path";
import { forbiddenOrigin, json, readBody, redirectTo } from "@/lib/readers/http";
import { readerSessionCookies } from "@/lib/readers/session";

/** Ends the reader's session in this browser (a form post, or JSON from the island). */
export async function POST(request: Request) {
  if (!isSameOriginRequest(request)) return forbiddenOrigin();
  const { fields, wantsJson } = await readBody(request);
  const cookies = await readerSessionCookies(null);
  if (wantsJson) return json({ ok: true, data: null }, 200, cookies);
  const returnTo = safeReturnPath(fields.returnTo, "/");
  return redirectTo(
    `/comments/sign-in?${new URLSearchParams({ returnTo, signedOut: "1" })}`,
    cookies,
  );
}
