import { readCookie } from "@/lib/http/browser-cookie";

/**
 * A cookie that only says "a reader signs in on this browser", readable by
 * scripts, so the comments island and the member mark ask the server who is
 * signed in only where someone is. It grants nothing; the server sets it
 * with the session (lib/readers/session.ts).
 */
export const READER_HINT_COOKIE = "newsroom-reader";

export function hasReaderHint(): boolean {
  return readCookie(READER_HINT_COOKIE) === "1";
}
