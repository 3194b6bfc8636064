import { siteMarkPng } from "@/lib/site/icons/render";
import { bytesResponse } from "@/lib/seo/bytes-response";
import { ICON_CACHE_CONTROL, isIconFile, ICON_FILES } from "@/lib/site/icons/paths";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

/** The web manifest's icons (192 and 512 pixels, and a maskable one), and the feeds' 144-pixel logo. */
export async function GET(request: Request, { params }: Context) {
  const { file } = await params;
  if (!isIconFile(file)) return new Response("Not found", { status: 404 });
  const { size, layout } = ICON_FILES[file];
  return bytesResponse(request, await siteMarkPng(size, layout), {
    "Content-Type": "image/png",
    "Cache-Control": ICON_CACHE_CONTROL,
  });
}
