import { READER_BODY_LIMITS, readerRoute, redirectTo } from "@/lib/readers/http";
import { getReaderFromRequest } from "@/lib/readers/session";
import { startCheckout } from "@/lib/membership/checkout";
import { externalRedirect } from "@/lib/membership/http";

/**
 * The membership page's forms post here (no JavaScript needed): a signed-in
 * reader is sent on to Stripe's hosted checkout, anyone else to sign in
 * first and back to the membership page.
 */
export const POST = readerRoute(
  { bodyLimit: READER_BODY_LIMITS.form },
  async ({ request, body: { fields } }) => {
    const reader = await getReaderFromRequest(request);
    if (!reader) {
      return redirectTo(`/comments/sign-in?${new URLSearchParams({ returnTo: "/membership" })}`);
    }
    const result = await startCheckout(reader, fields);
    if (result.ok) return externalRedirect(result.data.url);
    if (result.code === "forbidden") return redirectTo("/account");
    const query = new URLSearchParams({ error: result.code, plan: String(fields.plan ?? "") });
    return redirectTo(`/membership?${query}#choose`);
  },
);
