import { createHash } from "node:crypto";

/** A strong ETag over the bytes a reply sends. */
export function etagOfText(text: string): string {
  return `"${createHash("sha1").update(text).digest("base64url")}"`;
}

/**
 * Whether If-None-Match names the reply's ETag (or `*`). A weak tag from a
 * proxy that compressed the reply still names the same bytes.
 */
export function matchesIfNoneMatch(header: string, etag: string): boolean {
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === etag || tag === "*");
}
