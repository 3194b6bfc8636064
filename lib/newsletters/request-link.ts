import "server-only";
import { db } from "@/lib/db";
import type { Edition } from "@/lib/i18n/editions";
import { queueEmail, nudgeMailDelivery } from "@/lib/mail/outbox";
import { getSiteSettings } from "@/lib/site/settings";
import { normalizeEmail } from "./email-address";
import { manageLinkEmail } from "./emails";
import { checkNewsletterLimits } from "./limits";

export type ManageLinkAnswer = { ok: true } | { ok: false; reason: "invalid-email" | "limited" };

/**
 * "Email me a link to manage my newsletters". Known or not, the answer is
 * the same ("if this address gets our newsletters, we've sent a link");
 * only a known address gets mail. The lookup and the mail happen in
 * `schedule` (the route passes Next's `after`), so the response time does
 * not depend on whether the address is known either.
 */
export async function requestManageLink(
  input: { email?: unknown; homepage?: unknown; edition?: Edition },
  clientAddress: string,
  schedule: (work: () => Promise<void>) => void | Promise<void> = (work) => work(),
): Promise<ManageLinkAnswer> {
  const email = normalizeEmail(input.email);
  if (!email) return { ok: false, reason: "invalid-email" };
  if (typeof input.homepage === "string" && input.homepage !== "") return { ok: true };
  const verdict = await checkNewsletterLimits(email, clientAddress);
  if (verdict === "client-limited") return { ok: false, reason: "limited" };
  if (verdict === "address-limited") return { ok: true };
  await schedule(() => sendManageLink(email, input.edition ?? "en"));
  return { ok: true };
}

async function sendManageLink(email: string, edition: Edition): Promise<void> {
  const site = await getSiteSettings();
  const queued = await db.$transaction(async (tx) => {
    const subscriber = await tx.subscriber.findUnique({ where: { email }, select: { id: true } });
    if (!subscriber) return false;
    await queueEmail(
      tx,
      manageLinkEmail({
        siteName: site.name,
        recipient: { subscriberId: subscriber.id, email },
        reason: "requested",
        edition,
      }),
    );
    return true;
  });
  if (queued) nudgeMailDelivery();
}
