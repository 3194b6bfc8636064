import { safeReturnPath } from "@/lib/http/return-path";
import { jsonResult, READER_BODY_LIMITS, readerRoute, redirectTo } from "@/lib/readers/http";
import { setDisplayName } from "@/lib/readers/profile";
import { getReaderFromRequest } from "@/lib/readers/session";

/** A reader sets the name shown with their comments. */
export const POST = readerRoute(
  { bodyLimit: READER_BODY_LIMITS.form },
  async ({ request, body: { fields, wantsJson } }) => {
    const result = await setDisplayName(await getReaderFromRequest(request), fields);
    if (wantsJson) return jsonResult(result);
    const returnTo = safeReturnPath(fields.returnTo, "/");
    if (result.ok) return redirectTo(`${returnTo.split("#")[0]}#comments`);
    if (result.code === "unauthenticated") {
      return redirectTo(`/comments/sign-in?${new URLSearchParams({ returnTo })}`);
    }
    const params = new URLSearchParams({
      returnTo,
      error: result.code === "invalid" ? "name" : "banned",
    });
    if (typeof fields.displayName === "string") params.set("name", fields.displayName.slice(0, 80));
    return redirectTo(`/comments/profile?${params}`);
  },
);
