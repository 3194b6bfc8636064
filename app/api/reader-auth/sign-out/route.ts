import { safeReturnPath } from "@/lib/http/return-path";
import { json, READER_BODY_LIMITS, readerRoute, redirectTo } from "@/lib/readers/http";
import { readerPaths } from "@/lib/readers/paths";
import { readerSessionCookies } from "@/lib/readers/session";

/** Ends the reader's session in this browser (a form post, or JSON from the island). */
export const POST = readerRoute(
  { bodyLimit: READER_BODY_LIMITS.form },
  async ({ body: { fields, wantsJson } }) => {
    const cookies = await readerSessionCookies(null);
    if (wantsJson) return json({ ok: true, data: null }, 200, cookies);
    const returnTo = safeReturnPath(fields.returnTo, "/");
    return redirectTo(readerPaths.signIn(returnTo, { signedOut: "1" }), cookies);
  },
);
