import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { authSecret } from "@/lib/auth/secret";
import { READER_HINT_COOKIE } from "./reader-hint";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { memberHintCookie } from "@/lib/membership/member-cookie";

/**
 * Reader sessions: a separate identity from staff. The cookie has its own
 * name, and its token is encrypted with a key derived under its own salt, so
 * a reader's token cannot be read as a staff session (the staff key is
 * derived with none) and names a row of the Reader table, never a StaffUser.
 * Nothing in lib/auth reads this cookie.
 */
export const READER_SESSION_SECONDS = 30 * 24 * 60 * 60;
const SALT = "newsroom.reader-session.v1";

/** HTTPS sites use the __Host- prefix: Secure, whole site, no Domain. */
function secureCookies(): boolean {
  return env().NODE_ENV === "production" && env().SITE_URL.startsWith("https:");
}

export function readerSessionCookieName(): string {
  return secureCookies() ? "__Host-newsroom-reader-session" : "newsroom-reader-session";
}

export interface ReaderIdentity {
  id: string;
  email: string;
  displayName: string;
  banned: boolean;
  createdAt: Date;
}

export async function createReaderSessionToken(readerId: string): Promise<string> {
  return encode({
    token: { sub: readerId, kind: "reader" },
    secret: authSecret(),
    salt: SALT,
    maxAge: READER_SESSION_SECONDS,
  });
}

export async function readerIdFromToken(token: string | undefined): Promise<string | null> {
  if (!token || token.length > 4096) return null;
  try {
    const payload = await decode({ token, secret: authSecret(), salt: SALT });
    if (payload?.kind !== "reader" || typeof payload.sub !== "string") return null;
    return payload.sub;
  } catch {
    // Tampered, expired or made with another key.
    return null;
  }
}

/** Set-Cookie values that start (or, with null, end) a reader session. */
export async function readerSessionCookies(readerId: string | null): Promise<string[]> {
  const secure = secureCookies() ? "; Secure" : "";
  if (!readerId) {
    return [
      `${readerSessionCookieName()}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}`,
      `${READER_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure}`,
      // Signed out, this browser's pages are a non-member's again.
      memberHintCookie(null, secureCookies()),
    ];
  }
  const token = await createReaderSessionToken(readerId);
  const age = `Max-Age=${READER_SESSION_SECONDS}`;
  return [
    `${readerSessionCookieName()}=${token}; Path=/; ${age}; HttpOnly; SameSite=Lax${secure}`,
    `${READER_HINT_COOKIE}=1; Path=/; ${age}; SameSite=Lax${secure}`,
  ];
}

/** The reader as every check sees them, read fresh so a ban applies at once. */
export async function loadReader(id: string): Promise<ReaderIdentity | null> {
  const row = await db.reader.findUnique({
    where: { id },
    select: { id: true, email: true, displayName: true, bannedAt: true, createdAt: true },
  });
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    banned: row.bannedAt !== null,
    createdAt: row.createdAt,
  };
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** The signed-in reader of a route handler's request, or null. */
export async function getReaderFromRequest(request: Request): Promise<ReaderIdentity | null> {
  const id = await readerIdFromToken(
    cookieValue(request.headers.get("cookie"), readerSessionCookieName()),
  );
  return id ? loadReader(id) : null;
}

/** The signed-in reader in a server component (reader account pages only). */
export const getCurrentReader = cache(async (): Promise<ReaderIdentity | null> => {
  const store = await cookies();
  const id = await readerIdFromToken(store.get(readerSessionCookieName())?.value);
  return id ? loadReader(id) : null;
});
