import { getCurrentStaff } from "@/lib/auth/session";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { listImages, uploadImage } from "@/lib/media/library";
import { IMAGE_LIMITS, tooLargeMessage } from "@/lib/media/rules";

// Uploads are multipart bodies, which server actions handle poorly at this
// size; this handler checks the session, the permission and the origin itself.

const SIGNED_OUT = {
  ok: false,
  code: "unauthenticated",
  error: "Your session has ended. Sign in again to continue.",
};

export async function GET(request: Request) {
  const staff = await getCurrentStaff();
  if (!staff) return Response.json(SIGNED_OUT, { status: 401 });
  const query = new URL(request.url).searchParams.get("q") ?? "";
  const result = await listImages(staff, { query });
  return Response.json(result, {
    status: result.ok ? 200 : 403,
    headers: { "Cache-Control": "no-store" },
  });
}

export async function POST(request: Request) {
  if (!isSameOriginRequest(request))
    return Response.json(
      { ok: false, code: "forbidden", error: "Cross-site request refused." },
      { status: 403 },
    );
  const staff = await getCurrentStaff();
  if (!staff) return Response.json(SIGNED_OUT, { status: 401 });
  // Refused before the body is read into memory (the form adds a little to the file).
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > IMAGE_LIMITS.maxBytes + 64 * 1024) {
    const error = tooLargeMessage(length);
    return Response.json(
      { ok: false, code: "invalid", error, fieldErrors: { file: error } },
      { status: 413 },
    );
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return Response.json(
      { ok: false, code: "invalid", error: "Send the image as a form upload." },
      { status: 400 },
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
  return Response.json(result, { status, headers: { "Cache-Control": "no-store" } });
}
