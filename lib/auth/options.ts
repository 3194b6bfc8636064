import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { authSecret } from "./secret";
import { verifyStaffCredentials } from "./sign-in";

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

export function authOptions(): AuthOptions {
  const secure = env().NODE_ENV === "production" && env().SITE_URL.startsWith("https:");
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_SECONDS },
    // Secure cookies need HTTPS; a production site is served over it, a
    // local one over plain HTTP. HttpOnly and SameSite=Lax either way.
    useSecureCookies: secure,
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Staff",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const headers = new Headers(request.headers as Record<string, string>);
          const result = await verifyStaffCredentials(credentials, clientAddress(headers));
          if (!result.ok) {
            if (result.reason === "limited") throw new Error(SIGN_IN_ERRORS.limited);
            return null;
          }
          const { id, name, email, sessionVersion } = result.staff;
          return { id, name, email, sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          token.signedInAt = Date.now();
        }
        return token;
      },
      session({ session, token }) {
        // Only what identifies the session; the role and the account's state
        // are read fresh from the database on every check (lib/auth/session.ts).
        return {
          ...session,
          staffId: token.sub,
          sessionVersion: token.sessionVersion,
          signedInAt: token.signedInAt,
        };
      },
    },
  };
}
