import { staffRoute } from "@/lib/auth/staff-route";
import { BodyTooLargeError, readMultipart } from "@/lib/http/body";
import { listImages, uploadImage } from "@/lib/media/library";
import { formatBytes, IMAGE_LIMITS, tooLargeMessage } from "@/lib/media/rules";

// Uploads are multipart bodies, which server actions handle poorly at this
// size; staffRoute checks the origin, the session and the permission.

const NO_STORE = { "Cache-Control": "no-store" };

/** The media picker's search. */
export const GET = staffRoute({ permission: "editor.enter" }, async ({ request, staff }) => {
  const query = new URL(request.url).searchParams.get("q") ?? "";
  const result = await listImages(staff, { query });
  return Response.json(result, { status: result.ok ? 200 : 403, headers: NO_STORE });
});

/** One image (the form adds a little to the file itself). */
export const POST = staffRoute({ permission: "media.upload" }, async ({ request, staff }) => {
  let form: FormData;
  try {
    form = await readMultipart(request, IMAGE_LIMITS.maxBytes + 64 * 1024);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    // Browsers declare an upload's length; a body sent in chunks is cut off
    // at the limit, before its size is known.
    const declared = Number(request.headers.get("content-length") ?? 0);
    const message = declared
      ? tooLargeMessage(declared)
      : `The file is larger than the limit of ${formatBytes(IMAGE_LIMITS.maxBytes)}.`;
    return Response.json(
      { ok: false, code: "invalid", error: message, fieldErrors: { file: message } },
      { status: 413, headers: { ...NO_STORE, Connection: "close" } },
    );
  }
  const file = form.get("file");
  const text = (name: string) => String(form.get(name) ?? "");
  const result = await uploadImage(staff, {
    data: file instanceof Blob ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0),
    alt: text("alt"),
    caption: text("caption"),
    credit: text("credit"),
  });
  // 200 when the same bytes were already in the library: nothing was created.
  const status = result.ok
    ? result.data.duplicate
      ? 200
      : 201
    : result.code === "forbidden"
      ? 403
      : 400;
  return Response.json(result, { status, headers: NO_STORE });
});
