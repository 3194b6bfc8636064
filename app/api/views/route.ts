import { recordView } from "@/lib/views/record";

/** The article page's view beacon. Always 204: nothing here is for the caller. */
export async function POST(request: Request) {
  await recordView(request);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
