import { clientAddress } from "@/lib/http/client-address";
import { memberHintFor } from "@/lib/membership/http";
import { isMembershipPath } from "@/lib/membership/member-cookie";
import { READER_BODY_LIMITS, readerRoute, redirectTo } from "@/lib/readers/http";
import { readerSessionCookies } from "@/lib/readers/session";
import { DEFAULT_EDITION, editionOr, editionPath } from "@/lib/i18n/editions";
import { readerPaths } from "@/lib/readers/paths";
import { confirmSignInLink } from "@/lib/readers/sign-in";

/**
 * Uses a sign-in link (POSTed by the confirmation page's button, never by
 * opening the link itself) and starts the reader's session. The same-origin
 * check keeps another site from signing a visitor in to an account of its
 * choosing.
 */
export const POST = readerRoute(
  { bodyLimit: READER_BODY_LIMITS.form },
  async ({ request, body: { fields } }) => {
    const result = await confirmSignInLink(fields.token, clientAddress(request.headers));
    if (!result.ok) {
      const error = result.code === "limited" ? "limited" : "link";
      // The page the link opened says which edition the reader reads.
      const edition = editionOr(fields.edition, DEFAULT_EDITION);
      return redirectTo(editionPath(edition, `/comments/sign-in?error=${error}`));
    }
    const { readerId, returnTo, needsName } = result.data;
    const cookies = [
      ...(await readerSessionCookies(readerId)),
      (await memberHintFor(readerId)).cookie,
    ];
    // Readers joining or managing a membership go straight back: a name is for comments.
    const destination = isMembershipPath(returnTo)
      ? returnTo
      : needsName
        ? readerPaths.profile(returnTo, { welcome: "1" })
        : `${returnTo.split("#")[0]}#comments`;
    return redirectTo(destination, cookies);
  },
);
