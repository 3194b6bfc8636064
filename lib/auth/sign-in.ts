import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import type { Role } from "./permissions";
import { rateLimitStore } from "./rate-limit";

export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60_000,
  /** Failed attempts on one account (existing or not) per window. */
  perAccount: 5,
  /** Failed attempts from one address per window, across accounts. */
  perAddress: 30,
} as const;

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1024),
});

export type SignInResult =
  | {
      ok: true;
      staff: { id: string; name: string; email: string; role: Role; sessionVersion: number };
    }
  | { ok: false; reason: "invalid" | "limited" };

let dummyHash: Promise<string> | undefined;

/**
 * Checks staff credentials. Every failure looks the same from outside (same
 * answer, same work), so nobody can learn whether an account exists; the
 * limits count attempts per account name and per address alike.
 */
export async function verifyStaffCredentials(
  input: unknown,
  address: string,
): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const store = rateLimitStore();
  const { windowMs } = SIGN_IN_LIMITS;
  const accountKey = `sign-in:account:${email}`;
  const addressKey = `sign-in:address:${address || "unknown"}`;
  // Counted before the password is checked, so a burst of parallel attempts
  // cannot all read a count of zero; a success gives its attempts back.
  const [accountAttempts, addressAttempts] = await Promise.all([
    store.hit(accountKey, windowMs),
    store.hit(addressKey, windowMs),
  ]);
  if (accountAttempts > SIGN_IN_LIMITS.perAccount || addressAttempts > SIGN_IN_LIMITS.perAddress) {
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
  await Promise.all([store.reset(accountKey, windowMs), store.hit(addressKey, windowMs, -1)]);
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
