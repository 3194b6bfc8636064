import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import type { Role } from "./permissions";
import { rateLimitStore } from "./rate-limit";
import { issueDeviceToken, trustedDeviceId } from "./trusted-device";

/**
 * Failed sign-ins are limited so that guessing is slow, without letting a
 * stranger lock the rightful person out (docs/security.md):
 * - one address: `perAddress` failures across all accounts per window;
 * - one account from one address: `perAccountAddress` failures per window;
 * - one account from all browsers it has never signed in from:
 *   `perAccountUntrusted` failures per hour, so rotating addresses does not
 *   help an attacker;
 * - one trusted browser (lib/auth/trusted-device.ts): `perDevice` failures
 *   per window. A trusted browser is not held by the other three limits.
 * Nothing is locked: each limit lifts when its window ends.
 */
export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60_000,
  perAddress: 30,
  perAccountAddress: 5,
  untrustedWindowMs: 60 * 60_000,
  perAccountUntrusted: 20,
  perDevice: 10,
} as const;

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1024),
});

export interface SignInAttempt {
  /** The client's address (lib/http/client-address.ts). */
  address: string;
  /** The trusted-device cookie the browser sent, if any. */
  deviceToken?: string;
}

export type SignInResult =
  | {
      ok: true;
      staff: { id: string; name: string; email: string; role: Role; sessionVersion: number };
      /** A device cookie to set: this browser is trusted for this account from now on. */
      deviceToken: string;
    }
  | { ok: false; reason: "invalid" | "limited" };

let dummyHash: Promise<string> | undefined;

/**
 * Checks staff credentials. Every failure looks the same from outside (same
 * answer, same work), so nobody can learn whether an account exists.
 * Attempts are counted before the password is checked, so a burst of
 * parallel guesses cannot all read a count of zero; a success gives its
 * attempts back.
 */
export async function verifyStaffCredentials(
  input: unknown,
  attempt: SignInAttempt,
): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const store = rateLimitStore();
  const { windowMs, untrustedWindowMs } = SIGN_IN_LIMITS;
  const address = attempt.address || "unknown";
  const device = trustedDeviceId(attempt.deviceToken, email);
  const counters = device
    ? [{ key: `sign-in:device:${email}:${device}`, windowMs, limit: SIGN_IN_LIMITS.perDevice }]
    : [
        { key: `sign-in:address:${address}`, windowMs, limit: SIGN_IN_LIMITS.perAddress },
        {
          key: `sign-in:account-address:${email}:${address}`,
          windowMs,
          limit: SIGN_IN_LIMITS.perAccountAddress,
        },
        {
          key: `sign-in:account-untrusted:${email}`,
          windowMs: untrustedWindowMs,
          limit: SIGN_IN_LIMITS.perAccountUntrusted,
        },
      ];
  const counts = await Promise.all(counters.map((c) => store.hit(c.key, c.windowMs)));
  if (counts.some((count, i) => count > counters[i]!.limit)) {
    return { ok: false, reason: "limited" };
  }

  const staff = await db.staffUser.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      passwordHash: true,
      sessionVersion: true,
    },
  });
  dummyHash ??= hashPassword("not a real password");
  const passwordHash = staff?.passwordHash ?? (await dummyHash);
  const matches = await withVerifySlot(() => verifyPassword(passwordHash, password));

  if (!staff || !staff.active || !matches) return { ok: false, reason: "invalid" };
  // The rightful person's attempt is given back, and their typos from this
  // address or browser are forgiven.
  await Promise.all(
    counters.map((c) =>
      c.key.startsWith("sign-in:address:") || c.key.startsWith("sign-in:account-untrusted:")
        ? store.hit(c.key, c.windowMs, -1)
        : store.reset(c.key, c.windowMs),
    ),
  );
  await db.staffUser.update({ where: { id: staff.id }, data: { lastSignInAt: new Date() } });
  return {
    ok: true,
    staff: {
      id: staff.id,
      name: staff.name,
      email: staff.email,
      role: staff.role,
      sessionVersion: staff.sessionVersion,
    },
    deviceToken: issueDeviceToken(email),
  };
}

/**
 * Argon2 is built to be expensive (19 MiB, a worker thread each); at most
 * two checks run at once, so a flood of sign-in attempts queues instead of
 * taking every worker thread from the rest of the server.
 */
const MAX_CONCURRENT_VERIFIES = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function withVerifySlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_VERIFIES)
    await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}
