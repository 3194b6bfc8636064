import { APPLE_TOUCH_SIZE, siteMarkPng } from "@/lib/site/icons/render";
import { bytesResponse } from "@/lib/seo/bytes-response";
import { ICON_CACHE_CONTROL } from "@/lib/site/icons/paths";

export const dynamic = "force-dynamic";

/** The home-screen icon; iOS also asks this address when no page links it. */
export async function GET(request: Request) {
  return bytesResponse(request, await siteMarkPng(APPLE_TOUCH_SIZE), {
    "Content-Type": "image/png",
    "Cache-Control": ICON_CACHE_CONTROL,
  });
}
