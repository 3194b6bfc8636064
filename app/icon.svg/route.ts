import { siteMarkSvg } from "@/lib/site/icons/render";
import { bytesResponse } from "@/lib/seo/bytes-response";
import { ICON_CACHE_CONTROL } from "@/lib/site/icons/paths";

export const dynamic = "force-dynamic";

/** The mark as SVG: sharp at any size, for browsers that take it. */
export async function GET(request: Request) {
  return bytesResponse(request, await siteMarkSvg(), {
    "Content-Type": "image/svg+xml",
    "Cache-Control": ICON_CACHE_CONTROL,
    "X-Content-Type-Options": "nosniff",
  });
}
