import { clientAddress } from "@/lib/http/client-address";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { safeReturnPath } from "@/lib/http/return-path";
import { forbiddenOrigin, jsonResult, readBody, redirectTo } from "@/lib/readers/http";
import { requestSignInLink } from "@/lib/readers/sign-in";

/**
 * A reader asks for a sign-in link. The answer never says whether the
 * address has an account. Forms get a redirect to the sign-in page with a
 * message; the comments island gets JSON.
 */
export async function POST(request: Request) {
  if (!isSameOriginRequest(request)) return forbiddenOrigin();
  const { fields, wantsJson } = await readBody(request);
  const result = await requestSignInLink(fields, clientAddress(request.headers));
  if (wantsJson) return jsonResult(result);
  const returnTo = safeReturnPath(fields.returnTo, "/");
  const params = new URLSearchParams({ returnTo });
  if (result.ok) params.set("sent", "1");
  else params.set("error", result.code === "limited" ? "limited" : "email");
  return redirectTo(`/comments/sign-in?${params}`);
}
