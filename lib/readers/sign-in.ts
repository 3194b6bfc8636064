import "server-only";
import { z } from "zod";
import { rateLimitStore } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { safeReturnPath } from "@/lib/http/return-path";
import { nudgeMailDelivery, queueEmail } from "@/lib/mail/outbox";
import { editionPath } from "@/lib/i18n/editions";
import { readerPaths } from "./paths";
import { isEmailAddress } from "@/lib/mail/validate";
import { done, fail, TOO_FAST, type ReaderResult } from "./results";
import { signInEmail } from "./sign-in-email";
import {
  formatToken,
  hashSecret,
  newSecret,
  parseToken,
  SIGN_IN_LINK_MINUTES,
  secretMatches,
} from "./sign-in-tokens";

export const SIGN_IN_LINK_LIMITS = {
  windowMs: 15 * 60_000,
  /** Links sent to one address per window. */
  perEmail: 3,
  /** Links asked for from one network address per window, across emails. */
  perAddress: 10,
  /** Links tried from one network address per window. */
  confirmsPerAddress: 30,
} as const;

export const signInRequestSchema = z.object({
  email: z
    .string("Enter your email address.")
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address.")
    .max(254, "This address is too long.")
    .refine(
      (value) => isEmailAddress(value) && /^[^@]+@[^@]+\.[^@.]{2,}$/.test(value),
      "Enter an email address like name@example.com.",
    ),
  returnTo: z.unknown().transform((value) => safeReturnPath(value, "/")),
  /** The honeypot: a field people never see, so never fill. */
  website: z.string().max(500).optional().default(""),
});

const GENERIC_SENT = { sent: true } as const;

/**
 * Sends a one-time sign-in link. The answer is the same whether or not the
 * address has an account (none is created until the link is used), and the
 * same for a banned reader; only a malformed address or a limit is refused.
 */
export async function requestSignInLink(
  input: unknown,
  address: string,
): Promise<ReaderResult<typeof GENERIC_SENT>> {
  const parsed = signInRequestSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues.find((i) => i.path[0] === "email")?.message;
    return fail("invalid", "Check your email address.", {
      email: message ?? "Enter an email address like name@example.com.",
    });
  }
  const { email, returnTo, website } = parsed.data;
  // A filled honeypot is a bot: it is told what a person would be told.
  if (website.trim()) return done(GENERIC_SENT);

  const store = rateLimitStore();
  const { windowMs } = SIGN_IN_LINK_LIMITS;
  const [forEmail, forAddress] = await Promise.all([
    store.hit(`reader-link:email:${email}`, windowMs),
    store.hit(`reader-link:address:${address || "unknown"}`, windowMs),
  ]);
  if (forEmail > SIGN_IN_LINK_LIMITS.perEmail || forAddress > SIGN_IN_LINK_LIMITS.perAddress) {
    return TOO_FAST;
  }

  const secret = newSecret();
  await db.$transaction(async (tx) => {
    // Expired links of this address are of no use to anyone.
    await tx.readerSignInToken.deleteMany({ where: { email, expiresAt: { lt: new Date() } } });
    const row = await tx.readerSignInToken.create({
      data: {
        email,
        secretHash: hashSecret(secret),
        returnTo,
        expiresAt: new Date(Date.now() + SIGN_IN_LINK_MINUTES * 60_000),
      },
      select: { id: true },
    });
    const settings = await tx.siteSettings.findUnique({ where: { id: 1 }, select: { name: true } });
    const siteUrl = env().SITE_URL.replace(/\/$/, "");
    // In the language of the page the reader asked from.
    const edition = readerPaths.editionOf(returnTo);
    const link = `${siteUrl}${readerPaths.confirm(edition, formatToken(row.id, secret))}`;
    await queueEmail(tx, {
      to: email,
      ...signInEmail({
        edition,
        siteName: settings?.name ?? "Newsroom",
        siteUrl: `${siteUrl}${editionPath(edition, "/")}`,
        link,
        minutes: SIGN_IN_LINK_MINUTES,
      }),
    });
  });
  // The reader is waiting for this one: deliver after the response, not on the next tick.
  nudgeMailDelivery();
  return done(GENERIC_SENT);
}

/** What the confirmation page shows before the reader presses "Sign in". Reads, never uses. */
export async function describeSignInLink(
  token: unknown,
): Promise<{ email: string; usable: boolean } | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const row = await db.readerSignInToken.findUnique({
    where: { id: parsed.id },
    select: { email: true, secretHash: true, expiresAt: true },
  });
  if (!row || !secretMatches(parsed.secret, row.secretHash)) return null;
  return { email: row.email, usable: row.expiresAt > new Date() };
}

export const LINK_UNUSABLE =
  "This sign-in link has expired or has already been used. Ask for a new one below.";

/**
 * Uses a sign-in link: by POST only, so a mail scanner that fetches the link
 * cannot spend it. The row is deleted by the same statement that checks it,
 * so of two uses at once only one signs in. The reader account is created
 * here, on the first use.
 */
export async function confirmSignInLink(
  token: unknown,
  address: string,
): Promise<ReaderResult<{ readerId: string; returnTo: string; needsName: boolean }>> {
  const tries = await rateLimitStore().hit(
    `reader-link:confirm:${address || "unknown"}`,
    SIGN_IN_LINK_LIMITS.windowMs,
  );
  if (tries > SIGN_IN_LINK_LIMITS.confirmsPerAddress) return TOO_FAST;
  const parsed = parseToken(token);
  if (!parsed) return fail("invalid", LINK_UNUSABLE);
  const now = new Date();
  const row = await db.readerSignInToken.findUnique({
    where: { id: parsed.id },
    select: { email: true, secretHash: true, expiresAt: true, returnTo: true },
  });
  if (!row || !secretMatches(parsed.secret, row.secretHash) || row.expiresAt <= now) {
    return fail("invalid", LINK_UNUSABLE);
  }
  const reader = await db.$transaction(async (tx) => {
    const used = await tx.readerSignInToken.deleteMany({
      where: { id: parsed.id, secretHash: row.secretHash, expiresAt: { gt: now } },
    });
    if (used.count !== 1) return null;
    // One link used retires the others sent to the same address.
    await tx.readerSignInToken.deleteMany({ where: { email: row.email } });
    return tx.reader.upsert({
      where: { email: row.email },
      create: { email: row.email, lastSignInAt: now },
      update: { lastSignInAt: now },
      select: { id: true, displayName: true },
    });
  });
  if (!reader) return fail("invalid", LINK_UNUSABLE);
  return done({
    readerId: reader.id,
    returnTo: safeReturnPath(row.returnTo, "/"),
    needsName: reader.displayName === "",
  });
}
