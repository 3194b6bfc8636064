import { readCookie } from "@/lib/http/browser-cookie";

/**
 * A cookie that only says "someone from the staff signs in on this browser",
 * so the public article page's "Edit post" island asks the server about the
 * session only there and readers' browsers make no extra request. It grants
 * nothing: the session itself is HttpOnly and checked on the server.
 */
export const STAFF_HINT_COOKIE = "newsroom-staff";

export function setStaffHint() {
  document.cookie = `${STAFF_HINT_COOKIE}=1; Path=/; Max-Age=${12 * 60 * 60}; SameSite=Lax`;
}

export function clearStaffHint() {
  document.cookie = `${STAFF_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
}

export function hasStaffHint(): boolean {
  return readCookie(STAFF_HINT_COOKIE) === "1";
}
