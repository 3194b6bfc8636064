import { setMemberNewsletter } from "@/lib/membership/perks";
import { READER_BODY_LIMITS, readerRoute, redirectTo } from "@/lib/readers/http";
import { getReaderFromRequest } from "@/lib/readers/session";

/** The account page's subscribe and leave buttons for members' newsletters. */
export const POST = readerRoute(
  { bodyLimit: READER_BODY_LIMITS.form },
  async ({ request, body: { fields } }) => {
    const reader = await getReaderFromRequest(request);
    if (!reader) {
      return redirectTo(`/comments/sign-in?${new URLSearchParams({ returnTo: "/account" })}`);
    }
    const result = await setMemberNewsletter(reader, fields);
    return redirectTo(
      result.ok ? "/account#member-newsletters" : `/account?newsletter=${result.code}`,
    );
  },
);
