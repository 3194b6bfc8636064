import type { UploadedImage } from "@/lib/media/dto";
import { ACCEPTED_FORMATS, IMAGE_LIMITS, formatBytes, tooLargeMessage } from "@/lib/media/rules";

/** One file of an upload, from the moment it is chosen to its answer. */
export interface QueuedFile {
  key: number;
  file: File;
  /** A local object URL for the thumbnail, while the file is listed. */
  preview: string | null;
  alt: string;
  status: "ready" | "uploading" | "done" | "duplicate" | "failed";
  /** 0 to 1 while uploading. */
  progress: number;
  error: string | null;
  item: UploadedImage | null;
}

/**
 * What can be known before sending: too big, or plainly not an image. The
 * server decides by the bytes anyway; this only saves a pointless wait. A
 * file the browser cannot name a type for is left to the server.
 */
export function precheckFile(file: { size: number; type: string }): string | null {
  if (file.size > IMAGE_LIMITS.maxBytes) return tooLargeMessage(file.size);
  if (file.type && !file.type.startsWith("image/")) {
    return `This is not an image file; use a ${ACCEPTED_FORMATS} image.`;
  }
  return null;
}

export function queueFile(
  key: number,
  file: File,
  makePreview: (file: File) => string | null,
): QueuedFile {
  const error = precheckFile(file);
  return {
    key,
    file,
    preview: error ? null : makePreview(file),
    alt: "",
    status: error ? "failed" : "ready",
    progress: 0,
    error,
    item: null,
  };
}

export function fileDescription(file: { size: number; type: string }): string {
  const kind = file.type.startsWith("image/") ? file.type.slice(6).toUpperCase() : "File";
  return `${kind} · ${formatBytes(file.size)}`;
}

/** "Uploading image 2 of 3…", then "2 of 3 images uploaded, 1 failed.": for the live region. */
export function queueSummary(queue: Pick<QueuedFile, "status">[]): string {
  if (!queue.length) return "";
  const count = (status: QueuedFile["status"]) => queue.filter((e) => e.status === status).length;
  const stored = count("done") + count("duplicate");
  const failed = count("failed");
  if (count("uploading")) return `Uploading image ${stored + failed + 1} of ${queue.length}…`;
  const parts = [
    `${stored} of ${queue.length} ${queue.length === 1 ? "image" : "images"} uploaded`,
    count("duplicate") ? `${count("duplicate")} already in the library` : null,
    failed ? `${failed} failed` : null,
  ].filter(Boolean);
  return `${parts.join(", ")}.`;
}
