import "server-only";
import { db } from "@/lib/db";
import { queueEmail, nudgeMailDelivery } from "@/lib/mail/outbox";
import { Prisma } from "@/generated/prisma/client";
import { getSiteSettings } from "@/lib/site/settings";
import { MAX_SIGN_UP_CHOICES, SIGN_UP_SOURCES, type SignUpAnswer, type SignUpSource } from "./dto";
import { normalizeEmail } from "./email-address";
import { alreadySubscribedEmail, confirmationEmail } from "./emails";
import { isAddressLimited, isClientLimited } from "./limits";
import { newConfirmToken } from "./link-tokens";
import { DEFAULT_EDITION, editionOr, type Edition } from "@/lib/i18n/editions";

export interface SignUpInput {
  email?: unknown;
  /** One newsletter's slug, or several (a form with a checkbox per newsletter). */
  newsletter?: unknown;
  source?: unknown;
  /** The edition of the page the form was on: the language of the answer. */
  edition?: unknown;
  /** The honeypot: a field people never see, so anything in it came from a bot. */
  homepage?: unknown;
}

export function parseSource(value: unknown): SignUpSource {
  return SIGN_UP_SOURCES.find((source) => source === value) ?? "sign-up-page";
}

/** The slugs a form asked for: strings, each once, at most MAX_SIGN_UP_CHOICES. */
function requestedSlugs(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  const slugs = values
    .filter((slug): slug is string => typeof slug === "string" && slug !== "")
    .map((slug) => slug.slice(0, 200));
  return [...new Set(slugs)].slice(0, MAX_SIGN_UP_CHOICES);
}

type NewsletterRow = {
  id: string;
  name: string;
  senderName: string;
  senderEmail: string;
  edition: Edition;
};

/**
 * A sign-up form's submission, for one newsletter or several. The answer
 * never depends on whether the address is known: new, pending, confirmed
 * and unsubscribed addresses all get the same success, after the same kind
 * of work (per newsletter, one transaction that queues one email). What the
 * reader finds in their inbox differs: a confirmation link per newsletter,
 * or for one they already receive a note saying so, with their preferences
 * link. Each newsletter keeps its own sender and its own confirmation.
 */
export async function signUp(
  input: SignUpInput,
  clientAddress: string,
  now = new Date(),
): Promise<SignUpAnswer> {
  // The answer is in the language of the page the form was on.
  const formEdition = editionOr(input.edition, null);
  const slugs = requestedSlugs(input.newsletter);
  if (!slugs.length) {
    return { ok: false, reason: "no-newsletter", edition: formEdition ?? DEFAULT_EDITION };
  }
  const newsletters: NewsletterRow[] = await db.newsletter.findMany({
    where: { slug: { in: slugs }, active: true, membersOnly: false },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, senderName: true, senderEmail: true, edition: true },
  });
  // A form that does not say its page's edition is answered in the first
  // newsletter's language.
  const edition = formEdition ?? newsletters[0]?.edition ?? DEFAULT_EDITION;
  if (!newsletters.length) return { ok: false, reason: "unknown-newsletter", edition };
  const email = normalizeEmail(input.email);
  if (!email) return { ok: false, reason: "invalid-email", edition };
  const success = {
    ok: true as const,
    newsletterNames: newsletters.map((n) => n.name),
    edition,
  };

  // A filled honeypot gets the success page and nothing is stored or sent.
  if (typeof input.homepage === "string" && input.homepage !== "") return success;

  if (await isClientLimited(clientAddress)) return { ok: false, reason: "limited", edition };
  const source = parseSource(input.source);
  const site = await getSiteSettings();
  // Each newsletter's emails are in its own edition's language, whatever the answer's.
  for (const newsletter of newsletters) {
    // One address asked for too often: its owner already has mail from us,
    // so the answer stays "sent" (it says nothing new) and nothing more is sent.
    if (await isAddressLimited(email)) break;
    await signUpFor(newsletter, { email, source, siteName: site.name, now });
  }
  nudgeMailDelivery();
  return success;
}

async function signUpFor(
  newsletter: NewsletterRow,
  input: { email: string; source: SignUpSource; siteName: string; now: Date },
): Promise<void> {
  const { email, source, siteName, now } = input;
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
          await queueEmail(tx, alreadySubscribedEmail({ siteName, recipient, newsletter }));
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
          confirmationEmail({ siteName, recipient, newsletter, confirmToken: token.token }),
        );
      });
      return;
    } catch (error) {
      // Two sign-ups for one new address, a confirm in between, or the
      // clean-up removing a stale address meanwhile (lib/newsletters/prune.ts): go again.
      const retry = isRace(error) || error instanceof StatusChanged;
      if (!retry || attempt >= 3) throw error;
    }
  }
}

class StatusChanged extends Error {}

function isRace(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    (error.code === "P2002" || error.code === "P2003" || error.code === "P2025")
  );
}
