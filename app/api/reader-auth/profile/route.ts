import { safeReturnPath } from "@/lib/http/return-path";
import { jsonResult, READER_BODY_LIMITS, readerRoute, redirectTo } from "@/lib/readers/http";
import { answerEdition } from "@/lib/readers/answers";
import { readerPaths } from "@/lib/readers/paths";
import { setDisplayName } from "@/lib/readers/profile";
import { getReaderFromRequest } from "@/lib/readers/session";

/** A reader sets the name shown with their comments. */
export const POST = readerRoute(
  { bodyLimit: READER_BODY_LIMITS.form },
  async ({ request, body: { fields, wantsJson } }) => {
    const result = await setDisplayName(await getReaderFromRequest(request), fields);
    if (wantsJson) return jsonResult(result, answerEdition(request));
    const returnTo = safeReturnPath(fields.returnTo, "/");
    if (result.ok) return redirectTo(`${returnTo.split("#")[0]}#comments`);
    if (result.code === "unauthenticated") {
      return redirectTo(readerPaths.signIn(returnTo));
    }
    const extra: Record<string, string> = { error: result.code === "invalid" ? "name" : "banned" };
    if (typeof fields.displayName === "string") extra.name = fields.displayName.slice(0, 80);
    return redirectTo(readerPaths.profile(returnTo, extra));
  },
);
