import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

/**
 * Trusted devices (OWASP's "device cookie" defence against brute force):
 * a browser that once signed in to an account gets a signed cookie naming
 * that account. Failed attempts from such a browser count against that
 * browser alone, so an attacker guessing from elsewhere can slow an account
 * down for strangers but never lock its owner out of their own browser.
 */
export const DEVICE_COOKIE = "newsroom-staff-device";
export const DEVICE_COOKIE_SECONDS = 365 * 24 * 60 * 60;

function signature(payload: string): Buffer {
  return createHmac("sha256", `${authSecret()}:staff-device`).update(payload).digest();
}

/** A new device token for this account (a random id, signed). */
export function issueDeviceToken(staffEmail: string): string {
  const nonce = randomBytes(12).toString("base64url");
  const payload = `${Buffer.from(staffEmail).toString("base64url")}.${nonce}`;
  return `${payload}.${signature(payload).toString("base64url")}`;
}

/** The device's id when the token is ours and names this account, else null. */
export function trustedDeviceId(token: string | undefined, staffEmail: string): string | null {
  if (!token || token.length > 512) return null;
  const [account, nonce, mac] = token.split(".");
  if (!account || !nonce || !mac) return null;
  const payload = `${account}.${nonce}`;
  const expected = signature(payload);
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (Buffer.from(account, "base64url").toString() !== staffEmail) return null;
  return nonce;
}

/** The device cookie a request carries, if any. */
export function deviceCookieOf(cookieHeader: string | null | undefined): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === DEVICE_COOKIE) {
      return part.slice(index + 1).trim();
    }
  }
  return undefined;
}
