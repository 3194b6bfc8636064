import { ImageResponse } from "next/og";
import { OgLogo } from "@/components/seo/og-card";
import { bytesResponse } from "@/lib/seo/bytes-response";
import { LOGO_SIZE } from "@/lib/seo/json-ld-site";
import { loadOgFonts } from "@/lib/seo/og-fonts";
import { cardCache } from "@/lib/seo/og-images";
import { getSiteSettings } from "@/lib/site/settings";

export const dynamic = "force-dynamic";

/** The publisher logo that structured data points to: the wordmark, square, as PNG. */
export async function GET(request: Request) {
  const site = await getSiteSettings();
  const key = `logo:${site.name}`;
  let bytes = cardCache.get(key);
  if (!bytes) {
    const image = new ImageResponse(<OgLogo siteName={site.name} />, {
      ...LOGO_SIZE,
      fonts: await loadOgFonts(),
    });
    bytes = new Uint8Array(await image.arrayBuffer());
    cardCache.set(key, bytes);
  }
  return bytesResponse(request, bytes, {
    "Content-Type": "image/png",
    "Cache-Control": "public, max-age=86400",
  });
}
