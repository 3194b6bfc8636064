import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The tokens inside newsletter links. Two kinds:
 *
 * - Personal links (preferences, one-click unsubscribe) are signed, not
 *   stored: HMAC(key, purpose, subscriber, newsletter, issue time). One issue
 *   goes to thousands of readers and every email must keep working, so
 *   nothing per email is written; the server recomputes the MAC instead.
 *   A preferences link carries the moment it was issued, so a reader (or
 *   staff) can revoke every link issued so far (Subscriber.linksRevokedAt)
 *   while new emails get working ones.
 * - Confirmation tokens are random, single-use and expiring; only their hash
 *   is stored (Subscription.confirmTokenHash), so a database leak confirms
 *   nobody.
 *
 * Everything here is pure (the key is a parameter), for unit tests.
 */

export type ManageClaim = { subscriberId: string; issuedAt: number };
export type UnsubscribeClaim = { subscriberId: string; newsletterId: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAC = /^[A-Za-z0-9_-]{43}$/;
const ISSUED = /^[0-9a-z]{1,12}$/;

function mac(key: Buffer, parts: string[]): string {
  // Newline-separated with the purpose first: ids cannot contain a newline,
  // so no two different claims sign the same message.
  return createHmac("sha256", key)
    .update(["newsroom-newsletter-link", ...parts].join("\n"))
    .digest("base64url");
}

function macMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function signManageToken(key: Buffer, claim: ManageClaim): string {
  const issued = claim.issuedAt.toString(36);
  return `${claim.subscriberId}.${issued}.${mac(key, ["manage", claim.subscriberId, issued])}`;
}

/** The claim of an authentic preferences token, or null. Revocation is checked by the caller. */
export function readManageToken(key: Buffer, token: unknown): ManageClaim | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const [subscriberId, issued, given, extra] = token.split(".");
  if (extra !== undefined || !subscriberId || !issued || !given) return null;
  if (!ID.test(subscriberId) || !ISSUED.test(issued) || !MAC.test(given)) return null;
  if (!macMatches(mac(key, ["manage", subscriberId, issued]), given)) return null;
  return { subscriberId, issuedAt: parseInt(issued, 36) };
}

/** A preferences link stops working once its reader's links were revoked after it was issued. */
export function isManageClaimRevoked(claim: ManageClaim, linksRevokedAt: Date | null): boolean {
  return linksRevokedAt !== null && claim.issuedAt <= linksRevokedAt.getTime();
}

/**
 * One-click unsubscribe tokens carry no issue time and are never revoked: an
 * unsubscribe link must keep working in every email ever sent (RFC 8058,
 * CAN-SPAM), and the most anyone holding one can do is unsubscribe.
 */
export function signUnsubscribeToken(key: Buffer, claim: UnsubscribeClaim): string {
  const { subscriberId, newsletterId } = claim;
  return `${subscriberId}.${newsletterId}.${mac(key, ["unsubscribe", subscriberId, newsletterId])}`;
}

export function readUnsubscribeToken(key: Buffer, token: unknown): UnsubscribeClaim | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const [subscriberId, newsletterId, given, extra] = token.split(".");
  if (extra !== undefined || !subscriberId || !newsletterId || !given) return null;
  if (!ID.test(subscriberId) || !ID.test(newsletterId) || !MAC.test(given)) return null;
  if (!macMatches(mac(key, ["unsubscribe", subscriberId, newsletterId]), given)) return null;
  return { subscriberId, newsletterId };
}

/** How long a confirmation link works. */
export const CONFIRM_TOKEN_TTL_MS = 48 * 60 * 60_000;

export function hashConfirmToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh confirmation token: the raw value goes into the email, the hash into the row. */
export function newConfirmToken(now: Date): { token: string; hash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return {
    token,
    hash: hashConfirmToken(token),
    expiresAt: new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS),
  };
}

/** Whether a string could be a confirmation token at all (saves a query on junk). */
export function isConfirmTokenShaped(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** A stored confirmation is usable while it has a hash and has not expired. */
export function isConfirmationUsable(
  row: { confirmTokenHash: string | null; confirmTokenExpiresAt: Date | null },
  now: Date,
): boolean {
  return (
    row.confirmTokenHash !== null &&
    row.confirmTokenExpiresAt !== null &&
    row.confirmTokenExpiresAt.getTime() > now.getTime()
  );
}
