import { siteFaviconIco } from "@/lib/site/icons/render";
import { bytesResponse } from "@/lib/seo/bytes-response";
import { ICON_CACHE_CONTROL } from "@/lib/site/icons/paths";

// Drawn from the site's name, a setting the build cannot read.
export const dynamic = "force-dynamic";

/** The tab icon at 16, 32 and 48 pixels; browsers ask for it even when no page links it. */
export async function GET(request: Request) {
  return bytesResponse(request, await siteFaviconIco(), {
    "Content-Type": "image/x-icon",
    "Cache-Control": ICON_CACHE_CONTROL,
  });
}
