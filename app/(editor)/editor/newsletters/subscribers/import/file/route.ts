import { staffRoute } from "@/lib/auth/staff-route";
import { BodyTooLargeError, readMultipart } from "@/lib/http/body";
import { importSubscribers } from "@/lib/newsletters/admin/csv-import";
import { IMPORT_LIMITS } from "@/lib/newsletters/admin/import-rows";

// A CSV of tens of thousands of addresses is larger than a server action's
// body limit, so the upload comes here; staffRoute checks the origin, the
// session and the permission before a byte of the upload is read.

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

const failure = (code: string, error: string, status: number, field?: string) =>
  json({ ok: false, code, error, ...(field ? { fieldErrors: { [field]: error } } : {}) }, status);

const TOO_LARGE = `The file is larger than ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB; split it and import the parts one after another.`;

export const POST = staffRoute({ permission: "subscriber.manage" }, async ({ request, staff }) => {
  let form: FormData;
  try {
    form = await readMultipart(request, IMPORT_LIMITS.maxBytes + 64 * 1024);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return failure("invalid", TOO_LARGE, 413, "file");
    throw error;
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
  if (file.size > IMPORT_LIMITS.maxBytes) return failure("invalid", TOO_LARGE, 413, "file");
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
});
