import { bytesResponse } from "@/lib/seo/bytes-response";
import { webManifest } from "@/lib/site/icons/manifest";
import { ICON_CACHE_CONTROL } from "@/lib/site/icons/paths";
import { getSiteSettings } from "@/lib/site/settings";

export const dynamic = "force-dynamic";

/** The web app manifest: the site's name, colours and icons for home screens. */
export async function GET(request: Request) {
  const body = JSON.stringify(webManifest(await getSiteSettings()));
  return bytesResponse(request, body, {
    "Content-Type": "application/manifest+json; charset=utf-8",
    "Cache-Control": ICON_CACHE_CONTROL,
  });
}
