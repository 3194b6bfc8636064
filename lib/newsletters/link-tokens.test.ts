import { describe, expect, it } from "vitest";
import {
  CONFIRM_TOKEN_TTL_MS,
  hashConfirmToken,
  isConfirmationUsable,
  isConfirmTokenShaped,
  isManageClaimRevoked,
  newConfirmToken,
  readManageToken,
  readUnsubscribeToken,
  signManageToken,
  signUnsubscribeToken,
} from "./link-tokens";

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);
const subscriberId = "cmsubscriber0000000000001";
const newsletterId = "cmnewsletter0000000000001";
const issuedAt = Date.UTC(2026, 10, 1, 12, 0, 0);

/** Flips one character of the MAC (the last dot-separated part). */
function tamperMac(token: string): string {
  const last = token.at(-2) === "A" ? "B" : "A";
  return `${token.slice(0, -2)}${last}${token.slice(-1)}`;
}

describe("preferences (manage) tokens", () => {
  it("round-trips an authentic token", () => {
    const token = signManageToken(key, { subscriberId, issuedAt });
    expect(token).toMatch(/^[\w-]+\.[0-9a-z]+\.[\w-]{43}$/);
    expect(readManageToken(key, token)).toEqual({ subscriberId, issuedAt });
  });

  it("refuses a tampered MAC, subscriber or issue time", () => {
    const token = signManageToken(key, { subscriberId, issuedAt });
    const [, issued, mac] = token.split(".");
    expect(readManageToken(key, tamperMac(token))).toBeNull();
    expect(readManageToken(key, `cmsomeoneelse000000000001.${issued}.${mac}`)).toBeNull();
    expect(
      readManageToken(key, `${subscriberId}.${(issuedAt + 1).toString(36)}.${mac}`),
    ).toBeNull();
    expect(readManageToken(key, `${token}.extra`)).toBeNull();
  });

  it("refuses a token signed with another key", () => {
    expect(readManageToken(otherKey, signManageToken(key, { subscriberId, issuedAt }))).toBeNull();
  });

  it("refuses junk without throwing", () => {
    for (const junk of [undefined, null, 42, "", "a.b", "a.b.c", "x".repeat(500), ["a"]]) {
      expect(readManageToken(key, junk)).toBeNull();
    }
  });

  it("is revoked when issued at or before the reader's revocation, not after", () => {
    const claim = { subscriberId, issuedAt };
    expect(isManageClaimRevoked(claim, null)).toBe(false);
    expect(isManageClaimRevoked(claim, new Date(issuedAt))).toBe(true);
    expect(isManageClaimRevoked(claim, new Date(issuedAt + 60_000))).toBe(true);
    expect(isManageClaimRevoked(claim, new Date(issuedAt - 1))).toBe(false);
  });
});

describe("one-click unsubscribe tokens", () => {
  it("round-trips and binds subscriber and newsletter", () => {
    const token = signUnsubscribeToken(key, { subscriberId, newsletterId });
    expect(readUnsubscribeToken(key, token)).toEqual({ subscriberId, newsletterId });
    const [, , mac] = token.split(".");
    expect(
      readUnsubscribeToken(key, `${subscriberId}.cmothernewsletter00000001.${mac}`),
    ).toBeNull();
    expect(readUnsubscribeToken(key, tamperMac(token))).toBeNull();
    expect(readUnsubscribeToken(otherKey, token)).toBeNull();
  });

  it("is the same for every email, so nothing per email is stored", () => {
    expect(signUnsubscribeToken(key, { subscriberId, newsletterId })).toBe(
      signUnsubscribeToken(key, { subscriberId, newsletterId }),
    );
  });

  it("cannot be used for the other purpose, nor the other way round", () => {
    // A preferences token for a subscriber whose id is shaped like "<sub>.<newsletter>"
    // parts: same shape of three parts, different purpose in the MAC.
    const manage = signManageToken(key, { subscriberId, issuedAt });
    expect(readUnsubscribeToken(key, manage)).toBeNull();
    const [, issued] = manage.split(".");
    const forged = signUnsubscribeToken(key, { subscriberId, newsletterId: issued! });
    expect(readManageToken(key, forged)).toBeNull();
  });
});

describe("confirmation tokens", () => {
  const now = new Date(issuedAt);

  it("stores only a hash and expires after 48 hours", () => {
    const fresh = newConfirmToken(now);
    expect(isConfirmTokenShaped(fresh.token)).toBe(true);
    expect(fresh.hash).toBe(hashConfirmToken(fresh.token));
    expect(fresh.hash).not.toContain(fresh.token);
    expect(fresh.expiresAt.getTime() - now.getTime()).toBe(CONFIRM_TOKEN_TTL_MS);
    expect(CONFIRM_TOKEN_TTL_MS).toBe(48 * 60 * 60_000);
    expect(newConfirmToken(now).token).not.toBe(fresh.token);
  });

  it("is usable until it expires, and not once spent", () => {
    const { hash, expiresAt } = newConfirmToken(now);
    const row = { confirmTokenHash: hash, confirmTokenExpiresAt: expiresAt };
    expect(isConfirmationUsable(row, now)).toBe(true);
    expect(isConfirmationUsable(row, new Date(expiresAt.getTime() - 1))).toBe(true);
    expect(isConfirmationUsable(row, expiresAt)).toBe(false);
    expect(isConfirmationUsable({ ...row, confirmTokenHash: null }, now)).toBe(false);
  });

  it("rejects anything not shaped like a token before any query", () => {
    expect(isConfirmTokenShaped("short")).toBe(false);
    expect(isConfirmTokenShaped(`${"a".repeat(42)}!`)).toBe(false);
    expect(isConfirmTokenShaped(undefined)).toBe(false);
  });
});
