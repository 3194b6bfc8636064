import { startPortal } from "@/lib/membership/checkout";
import { externalRedirect } from "@/lib/membership/http";
import { READER_BODY_LIMITS, readerRoute, redirectTo } from "@/lib/readers/http";
import { getReaderFromRequest } from "@/lib/readers/session";

/** The account page's "Manage payments" button: on to Stripe's billing portal. */
export const POST = readerRoute({ bodyLimit: READER_BODY_LIMITS.form }, async ({ request }) => {
  const reader = await getReaderFromRequest(request);
  if (!reader)
    return redirectTo(`/comments/sign-in?${new URLSearchParams({ returnTo: "/account" })}`);
  const result = await startPortal(reader);
  if (!result.ok) return redirectTo(`/account?error=${result.code}`);
  return externalRedirect(result.data.url);
});
