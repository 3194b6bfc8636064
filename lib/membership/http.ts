import "server-only";
import { env } from "@/lib/env";
import { memberHint, memberHintCookie } from "./member-cookie";
import { getMembershipOffer, isActiveMember } from "./queries";

/** 303 to one of Stripe's hosted pages (Checkout, the billing portal). */
export function externalRedirect(url: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: url, "Cache-Control": "private, no-store" },
  });
}

function secureSite(): boolean {
  return env().NODE_ENV === "production" && env().SITE_URL.startsWith("https:");
}

/** Whether the reader is a member, and the hint cookie that says so to the pages' island. */
export async function memberHintFor(
  readerId: string | null,
): Promise<{ member: boolean; hideAsks: boolean; cookie: string }> {
  const [member, offer] = await Promise.all([
    readerId ? isActiveMember(readerId) : false,
    getMembershipOffer(),
  ]);
  const hideAsks = member && offer.hideAsksForMembers;
  return { member, hideAsks, cookie: memberHintCookie(memberHint(member, hideAsks), secureSite()) };
}
