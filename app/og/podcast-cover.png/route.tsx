import { ImageResponse } from "next/og";
import { OgPodcastCover } from "@/components/seo/og-card";
import { bytesResponse } from "@/lib/seo/bytes-response";
import { PODCAST_COVER_SIZE, PODCAST_LABEL } from "@/lib/seo/feeds-podcast";
import { loadOgFonts } from "@/lib/seo/og-fonts";
import { cardCache } from "@/lib/seo/og-images";
import { getSiteSettings } from "@/lib/site/settings";

export const dynamic = "force-dynamic";

/**
 * The podcast feed's artwork, a square PNG drawn from the site's name. The
 * address ends in .png because podcast directories refuse artwork that
 * does not.
 */
export async function GET(request: Request) {
  const site = await getSiteSettings();
  const key = `podcast-cover:${site.name}`;
  let bytes = cardCache.get(key);
  if (!bytes) {
    const image = new ImageResponse(<OgPodcastCover siteName={site.name} label={PODCAST_LABEL} />, {
      ...PODCAST_COVER_SIZE,
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
