import { bodyErrorResponse, readBodyBytes } from "@/lib/http/body";
import { verifyWebhook } from "@/lib/membership/stripe";
import { applyStripeEvent } from "@/lib/membership/webhook-commands";

/** Stripe's events are a few kilobytes; this leaves room and no more. */
const WEBHOOK_BODY_LIMIT = 512 * 1024;

/**
 * Stripe's webhook: the only door through which a membership changes. The
 * body is checked against its signature, byte for byte as sent, before
 * anything is read from it. A 2xx tells Stripe the event is done (applied,
 * already seen, older than what we show, or not ours); a 5xx makes Stripe
 * send it again later, which is safe because events are applied once.
 */
export async function POST(request: Request): Promise<Response> {
  let payload: Buffer;
  try {
    payload = await readBodyBytes(request, WEBHOOK_BODY_LIMIT);
  } catch (error) {
    return bodyErrorResponse(error);
  }
  const event = verifyWebhook(payload, request.headers.get("stripe-signature"));
  if (!event) {
    return Response.json(
      { ok: false, error: "The signature does not match." },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const outcome = await applyStripeEvent(event);
  return Response.json({ ok: true, outcome }, { headers: { "Cache-Control": "no-store" } });
}
