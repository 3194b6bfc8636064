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
 * limits count failures per account name and per address alike.
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
  const [accountFailures, addressFailures] = await Promise.all([
    store.hit(accountKey, windowMs, 0),
    store.hit(addressKey, windowMs, 0),
  ]);
  if (
    accountFailures >= SIGN_IN_LIMITS.perAccount ||
    addressFailures >= SIGN_IN_LIMITS.perAddress
  ) {
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
  const matches = await verifyPassword(staff?.passwordHash ?? (await dummyHash), password);

  if (!staff || !staff.active || !matches) {
    await Promise.all([store.hit(accountKey, windowMs), store.hit(addressKey, windowMs)]);
    return { ok: false, reason: "invalid" };
  }
  await store.reset(accountKey, windowMs);
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
