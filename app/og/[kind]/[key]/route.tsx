import { ImageResponse } from "next/og";
import { OgCard, PHOTO_SIZE } from "@/components/seo/og-card";
import { getCardContent, isOgCardKind } from "@/lib/seo/og-data";
import { cardVersion, OG_CARD_SIZE } from "@/lib/seo/og-card-version";
import { loadOgFonts } from "@/lib/seo/og-fonts";
import { cardCache, photoDataUrl } from "@/lib/seo/og-images";
import { bytesResponse } from "@/lib/seo/bytes-response";
import { siteHost } from "@/lib/seo/urls";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ kind: string; key: string }> };

/**
 * The sharing card of an article, section, tag, author or the site, as PNG.
 * The URL carries a hash of what the card shows: when it matches, the image
 * can be cached for a year; a stale or missing hash still gets today's card,
 * but only for a few minutes, so it can never pin an old picture in a cache.
 */
export async function GET(request: Request, { params }: Context) {
  const { kind, key } = await params;
  const content = isOgCardKind(kind) ? await getCardContent(kind, key) : null;
  if (!content) return new Response("Not found", { status: 404 });
  const version = cardVersion(content);
  const current = new URL(request.url).searchParams.get("v") === version;
  const headers = {
    "Content-Type": "image/png",
    "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=300",
  };

  const cacheKey = `card:${kind}:${key}:${version}`;
  const hit = cardCache.get(cacheKey);
  if (hit) return bytesResponse(request, hit, headers);

  const [fonts, photo] = await Promise.all([
    loadOgFonts(),
    content.image ? photoDataUrl(content.image, PHOTO_SIZE.width, PHOTO_SIZE.height) : null,
  ]);
  const image = new ImageResponse(
    <OgCard
      kicker={content.kicker}
      title={content.title}
      siteName={content.siteName}
      host={siteHost()}
      photo={photo}
    />,
    { ...OG_CARD_SIZE, fonts },
  );
  const bytes = new Uint8Array(await image.arrayBuffer());
  cardCache.set(cacheKey, bytes);
  return bytesResponse(request, bytes, headers);
}
