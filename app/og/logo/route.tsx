import { ImageResponse } from "next/og";
import { OgLogo } from "@/components/seo/og-card";
import { LOGO_SIZE } from "@/lib/seo/json-ld-site";
import { loadOgFonts } from "@/lib/seo/og-fonts";
import { getSiteSettings } from "@/lib/site/settings";

export const dynamic = "force-dynamic";

/** The publisher logo that structured data points to: the wordmark, square, as PNG. */
export async function GET() {
  const [site, fonts] = await Promise.all([getSiteSettings(), loadOgFonts()]);
  return new ImageResponse(<OgLogo siteName={site.name} />, {
    ...LOGO_SIZE,
    fonts,
    headers: { "Cache-Control": "public, max-age=86400" },
  });
}
