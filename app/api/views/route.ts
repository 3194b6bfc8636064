import { carriesSessionCookie, getCurrentStaff } from "@/lib/auth/session";
import { recordView } from "@/lib/views/record";

/** The article page's view beacon. Always 204: nothing here is for the caller. */
export async function POST(request: Request) {
  // Staff reading their own site are not readers. Only requests that carry a
  // session cookie pay for the check.
  const isStaff =
    carriesSessionCookie(request.headers.get("cookie")) && (await getCurrentStaff()) !== null;
  if (!isStaff) await recordView(request);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
