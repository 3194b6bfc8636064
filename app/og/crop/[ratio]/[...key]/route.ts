import { bytesResponse } from "@/lib/seo/bytes-response";
import { cropForRatio, imageKeyOf } from "@/lib/seo/og-images";
import { isCropRatio } from "@/lib/seo/urls";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ ratio: string; key: string[] }> };

/**
 * A stored image cut to 16:9, 4:3 or 1:1 for structured data. Stored images
 * are content-addressed, so each answer is the same forever.
 */
export async function GET(request: Request, { params }: Context) {
  const { ratio, key: parts } = await params;
  const key = imageKeyOf(parts.join("/"));
  const bytes = key && isCropRatio(ratio) ? await cropForRatio(key, ratio) : null;
  if (!bytes) return new Response("Not found", { status: 404 });
  return bytesResponse(request, bytes, {
    "Content-Type": "image/jpeg",
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
  });
}
