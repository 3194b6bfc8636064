import { clientAddress } from "@/lib/http/client-address";
import { safeReturnPath } from "@/lib/http/return-path";
import { jsonResult, READER_BODY_LIMITS, readerRoute, redirectTo } from "@/lib/readers/http";
import { requestSignInLink } from "@/lib/readers/sign-in";

/**
 * A reader asks for a sign-in link. The answer never says whether the
 * address has an account. Forms get a redirect to the sign-in page with a
 * message; the comments island gets JSON.
 */
export const POST = readerRoute(
  { bodyLimit: READER_BODY_LIMITS.form },
  async ({ request, body: { fields, wantsJson } }) => {
    const result = await requestSignInLink(fields, clientAddress(request.headers));
    if (wantsJson) return jsonResult(result);
    const returnTo = safeReturnPath(fields.returnTo, "/");
    const params = new URLSearchParams({ returnTo });
    if (result.ok) params.set("sent", "1");
    else params.set("error", result.code === "limited" ? "limited" : "email");
    return redirectTo(`/comments/sign-in?${params}`);
  },
);
