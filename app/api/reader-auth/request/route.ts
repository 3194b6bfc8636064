import { clientAddress } from "@/lib/http/client-address";
import { safeReturnPath } from "@/lib/http/return-path";
import { jsonResult, READER_BODY_LIMITS, readerRoute, redirectTo } from "@/lib/readers/http";
import { answerEdition } from "@/lib/readers/answers";
import { readerPaths } from "@/lib/readers/paths";
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
    if (wantsJson) return jsonResult(result, answerEdition(request));
    const returnTo = safeReturnPath(fields.returnTo, "/");
    const outcome: Record<string, string> = result.ok
      ? { sent: "1" }
      : { error: result.code === "limited" ? "limited" : "email" };
    return redirectTo(readerPaths.signIn(returnTo, outcome));
  },
);
