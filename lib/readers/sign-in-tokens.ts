import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * One-time sign-in link tokens: "<row id>.<secret>". The row id finds the
 * row; the secret is 256 random bits of which only a SHA-256 hash is stored,
 * compared in constant time. A database leak therefore yields no usable link.
 */
export const SIGN_IN_LINK_MINUTES = 15;

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function formatToken(id: string, secret: string): string {
  return `${id}.${secret}`;
}

export function parseToken(token: unknown): { id: string; secret: string } | null {
  if (typeof token !== "string") return null;
  const match = /^([a-z0-9]{16,40})\.([A-Za-z0-9_-]{43})$/.exec(token.trim());
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
