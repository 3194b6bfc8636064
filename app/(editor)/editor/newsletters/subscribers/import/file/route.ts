import { can } from "@/lib/auth/permissions";
import { getCurrentStaff } from "@/lib/auth/session";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { importSubscribers } from "@/lib/newsletters/admin/csv-import";
import { IMPORT_LIMITS } from "@/lib/newsletters/admin/import-rows";

// A CSV of tens of thousands of addresses is larger than a server action's
// body limit, so the upload comes here: this handler checks the origin and
// the session, and importSubscribers checks the permission.

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

const failure = (code: string, error: string, status: number, field?: string) =>
  json({ ok: false, code, error, ...(field ? { fieldErrors: { [field]: error } } : {}) }, status);

export async function POST(request: Request) {
  if (!isSameOriginRequest(request))
    return failure("forbidden", "Cross-site request refused.", 403);
  const staff = await getCurrentStaff();
  if (!staff) {
    return failure("unauthenticated", "Your session has ended. Sign in again to continue.", 401);
  }
  if (staff.mustChangePassword) {
    return failure("forbidden", "Choose a new password first.", 403);
  }
  // importSubscribers checks again; this only keeps a refusal from reading the upload.
  if (!can(staff.role, "subscriber.manage")) {
    return failure("forbidden", "You do not have permission to import subscribers.", 403);
  }
  const length = Number(request.headers.get("content-length") ?? 0);
  const tooLarge = `The file is larger than ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB; split it and import the parts one after another.`;
  if (length > IMPORT_LIMITS.maxBytes + 64 * 1024) return failure("invalid", tooLarge, 413, "file");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return failure("invalid", "Send the file as a form upload.", 400, "file");
  }
  const file = form.get("file");
  const newsletterId = String(form.get("newsletterId") ?? "");
  // Both missing fields at once, as a form would say.
  const missing: Record<string, string> = {};
  if (!newsletterId) missing.newsletterId = "Choose the newsletter to import into.";
  if (!(file instanceof Blob) || file.size === 0) missing.file = "Choose a CSV file.";
  if (!(file instanceof Blob) || Object.keys(missing).length) {
    return json(
      { ok: false, code: "invalid", error: "Check the highlighted fields.", fieldErrors: missing },
      400,
    );
  }
  if (file.size > IMPORT_LIMITS.maxBytes) return failure("invalid", tooLarge, 413, "file");
  const result = await importSubscribers(staff, {
    newsletterId,
    text: await file.text(),
    commit: form.get("mode") === "import",
  });
  const status = result.ok
    ? 200
    : result.code === "forbidden"
      ? 403
      : result.code === "not-found"
        ? 404
        : 400;
  return json(result, status);
}
