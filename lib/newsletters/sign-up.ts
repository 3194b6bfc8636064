import "server-only";
import { db } from "@/lib/db";
import { queueEmail, nudgeMailDelivery } from "@/lib/mail/outbox";
import { Prisma } from "@/generated/prisma/client";
import { getSiteSettings } from "@/lib/site/settings";
import { SIGN_UP_SOURCES, type SignUpAnswer, type SignUpSource } from "./dto";
import { normalizeEmail } from "./email-address";
import { alreadySubscribedEmail, confirmationEmail } from "./emails";
import { checkNewsletterLimits } from "./limits";
import { newConfirmToken } from "./link-tokens";

export interface SignUpInput {
  email?: unknown;
  newsletter?: unknown;
  source?: unknown;
  /** The honeypot: a field people never see, so anything in it came from a bot. */
  homepage?: unknown;
}

export function parseSource(value: unknown): SignUpSource {
  return SIGN_UP_SOURCES.find((source) => source === value) ?? "sign-up-page";
}

/**
 * A sign-up form's submission. The answer never depends on whether the
 * address is known: new, pending, confirmed and unsubscribed addresses all
 * get the same success, after the same kind of work (one transaction that
 * queues one email). What the reader finds in their inbox differs: a
 * confirmation link, or for a confirmed reader a note that they are already
 * subscribed, with their preferences link.
 */
export async function signUp(
  input: SignUpInput,
  clientAddress: string,
  now = new Date(),
): Promise<SignUpAnswer> {
  const slug = typeof input.newsletter === "string" ? input.newsletter.slice(0, 200) : "";
  const newsletter = slug
    ? await db.newsletter.findFirst({
        where: { slug, active: true },
        select: { id: true, name: true, senderName: true, senderEmail: true },
      })
    : null;
  if (!newsletter) return { ok: false, reason: "unknown-newsletter" };
  const email = normalizeEmail(input.email);
  if (!email) return { ok: false, reason: "invalid-email" };
  const success = { ok: true as const, newsletterName: newsletter.name };

  // A filled honeypot gets the success page and nothing is stored or sent.
  if (typeof input.homepage === "string" && input.homepage !== "") return success;

  const verdict = await checkNewsletterLimits(email, clientAddress);
  if (verdict === "client-limited") return { ok: false, reason: "limited" };
  // One address asked for too often: its owner already has mail from us, so
  // the answer stays "sent" (it says nothing new) and nothing more is sent.
  if (verdict === "address-limited") return success;

  const source = parseSource(input.source);
  const site = await getSiteSettings();
  for (let attempt = 1; ; attempt++) {
    try {
      await db.$transaction(async (tx) => {
        const subscriber = await tx.subscriber.upsert({
          where: { email },
          create: { email },
          update: {},
          select: { id: true },
        });
        const recipient = { subscriberId: subscriber.id, email };
        const key = { subscriberId: subscriber.id, newsletterId: newsletter.id };
        const current = await tx.subscription.findUnique({
          where: { subscriberId_newsletterId: key },
          select: { id: true, status: true },
        });
        if (current?.status === "CONFIRMED") {
          await queueEmail(
            tx,
            alreadySubscribedEmail({ siteName: site.name, recipient, newsletter }),
          );
          return;
        }
        // A fresh single-use token; an earlier confirmation email's link stops
        // working. An unsubscribed reader stays UNSUBSCRIBED until they
        // confirm, so nothing (an import, a send) can treat them as opted in.
        const token = newConfirmToken(now);
        const confirmation = {
          source,
          confirmTokenHash: token.hash,
          confirmTokenExpiresAt: token.expiresAt,
        };
        if (current) {
          const { count } = await tx.subscription.updateMany({
            where: { id: current.id, status: current.status },
            data: confirmation,
          });
          if (count !== 1) throw new StatusChanged();
        } else {
          await tx.subscription.create({ data: { ...key, status: "PENDING", ...confirmation } });
        }
        await queueEmail(
          tx,
          confirmationEmail({
            siteName: site.name,
            recipient,
            newsletter,
            confirmToken: token.token,
          }),
        );
      });
      break;
    } catch (error) {
      // Two sign-ups for one new address, a confirm in between, or the
      // clean-up removing a stale address meanwhile (lib/newsletters/prune.ts): go again.
      const retry = isRace(error) || error instanceof StatusChanged;
      if (!retry || attempt >= 3) throw error;
    }
  }
  nudgeMailDelivery();
  return success;
}

class StatusChanged extends Error {}

function isRace(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    (error.code === "P2002" || error.code === "P2003" || error.code === "P2025")
  );
}
