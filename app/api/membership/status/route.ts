import { memberHintFor } from "@/lib/membership/http";
import { getReaderFromRequest } from "@/lib/readers/session";

/**
 * Whether the signed-in reader is a member: asked by the pages' island
 * (only where a reader signs in) so cached pages stay the same for
 * everyone. Refreshes the hint cookie on the way.
 */
export async function GET(request: Request): Promise<Response> {
  const reader = await getReaderFromRequest(request);
  const { member, hideAsks, cookie } = await memberHintFor(reader?.id ?? null);
  const headers = new Headers({ "Cache-Control": "private, no-store", "Set-Cookie": cookie });
  return Response.json({ member, hideAsks }, { headers });
}
