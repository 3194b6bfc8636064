"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/lib/auth/staff-action";
import { retryOutboxMessage, retryOutboxSchema } from "./outbox-commands";

export const retryOutboxMessageAction = staffAction(
  { permission: "outbox.read", schema: retryOutboxSchema },
  retryOutboxMessage,
);

/**
 * The same, as a plain form's action: works without JavaScript and comes
 * back to the message with the outcome in the address (?retry=…).
 */
export async function retryOutboxMessageFormAction(formData: FormData): Promise<void> {
  const id = String(formData.get("id") ?? "").slice(0, 64);
  const result = await retryOutboxMessageAction({ id });
  if (!result.ok && result.code === "unauthenticated") {
    redirect(`/login?callbackUrl=${encodeURIComponent(`/editor/outbox/${id}`)}`);
  }
  redirect(`/editor/outbox/${encodeURIComponent(id)}?retry=${result.ok ? "queued" : result.code}`);
}
