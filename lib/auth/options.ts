import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { authSecret } from "./secret";
import { verifyStaffCredentials } from "./sign-in";
import { revokeStaffSession, startStaffSession } from "./staff-sessions";
import { DEVICE_COOKIE, DEVICE_COOKIE_SECONDS, deviceCookieOf } from "./trusted-device";

/**
 * Staff sessions last a working day from sign-in; next-auth renews the
 * cookie while it is used, so lib/auth/session.ts also ends it 12 hours
 * after the sign-in itself.
 */
export const SESSION_SECONDS = 12 * 60 * 60;

// next-auth builds its callback URLs from NEXTAUTH_URL; the site's own origin
// is the right one unless a deployment says otherwise.
process.env.NEXTAUTH_URL ??= env().SITE_URL;

/** Codes the login page turns into messages. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", limited: "RateLimited" } as const;

function secureCookies(): boolean {
  return env().NODE_ENV === "production" && env().SITE_URL.startsWith("https:");
}

export function authOptions(): AuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_SECONDS },
    // Secure cookies need HTTPS; a production site is served over it, a
    // local one over plain HTTP. HttpOnly and SameSite=Lax either way.
    useSecureCookies: secureCookies(),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Staff",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const headers = new Headers(request.headers as Record<string, string>);
          const result = await verifyStaffCredentials(credentials, {
            address: clientAddress(headers),
            deviceToken: deviceCookieOf(headers.get("cookie")),
          });
          if (!result.ok) {
            if (result.reason === "limited") throw new Error(SIGN_IN_ERRORS.limited);
            return null;
          }
          // This browser is now trusted for this account (lib/auth/trusted-device.ts).
          (await cookies()).set(DEVICE_COOKIE, result.deviceToken, {
            httpOnly: true,
            sameSite: "lax",
            secure: secureCookies(),
            path: "/",
            maxAge: DEVICE_COOKIE_SECONDS,
          });
          const { id, name, email, sessionVersion } = result.staff;
          return { id, name, email, sessionVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          token.signedInAt = Date.now();
          token.sid = await startStaffSession(user.id, SESSION_SECONDS);
        }
        return token;
      },
      session({ session, token }) {
        // Only what identifies the session; the role, the account's state and
        // the session's own record are read fresh on every check
        // (lib/auth/session.ts).
        return {
          ...session,
          staffId: token.sub,
          sessionVersion: token.sessionVersion,
          signedInAt: token.signedInAt,
          sessionId: token.sid,
        };
      },
    },
    events: {
      async signOut({ token }) {
        await revokeStaffSession(token?.sid);
      },
    },
    // A tampered or outdated cookie is an everyday event on a public site:
    // one line, not a stack trace per request.
    logger: {
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR") {
          console.warn("[auth] ignored a session cookie that could not be read");
          return;
        }
        console.error(`[auth] ${code}: ${(metadata as Error)?.message ?? ""}`);
      },
      warn(code) {
        console.warn(`[auth] ${code}`);
      },
      debug() {},
    },
  };
}
