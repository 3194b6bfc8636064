import type { ActionResult } from "@/lib/auth/dto";
import type { MediaItem, UploadedImage } from "@/lib/media/dto";

export type { MediaItem, UploadedImage };

const ENDPOINT = "/api/editor/media";

/** The route answers ActionResult JSON, or `{ error }` with 401 when signed out. */
function toResult<T>(status: number, body: unknown): ActionResult<T> {
  const value = body as Partial<ActionResult<T>> & { error?: string };
  if (value && typeof value === "object" && "ok" in value) return value as ActionResult<T>;
  if (status === 401) {
    return {
      ok: false,
      code: "unauthenticated",
      error: "Your session has ended. Sign in again in another tab, then try again.",
    };
  }
  return {
    ok: false,
    code: status === 403 ? "forbidden" : "invalid",
    error: value?.error ?? "The media library did not answer. Try again.",
  };
}

export async function listMedia(
  query: string,
  signal?: AbortSignal,
): Promise<ActionResult<MediaItem[]>> {
  const response = await fetch(`${ENDPOINT}?q=${encodeURIComponent(query)}`, {
    cache: "no-store",
    signal,
  });
  const body: unknown = await response.json().catch(() => null);
  return toResult(response.status, body);
}

/**
 * Uploads one image with XMLHttpRequest, which (unlike fetch) reports upload
 * progress. `onProgress` receives a fraction from 0 to 1.
 */
export function uploadMedia(
  input: { file: File; alt: string; caption: string; credit: string },
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<ActionResult<UploadedImage>> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.set("file", input.file);
    form.set("alt", input.alt);
    form.set("caption", input.caption);
    form.set("credit", input.credit);
    const request = new XMLHttpRequest();
    request.open("POST", ENDPOINT);
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () => resolve(toResult(request.status, request.response)));
    const failed = (error: string) => () =>
      resolve({ ok: false, code: "invalid", error, fieldErrors: { file: error } });
    request.addEventListener(
      "error",
      failed("The upload failed: check the connection and try again."),
    );
    request.addEventListener("abort", failed("The upload was cancelled."));
    signal?.addEventListener("abort", () => request.abort());
    request.send(form);
  });
}
