"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ok, staffAction } from "@/lib/auth/staff-action";
import { recordAudit } from "@/lib/manage/audit";
import { db } from "@/lib/db";
import { retryEdgePurge } from "./purge-queue";

export const retryEdgePurgeAction = staffAction(
  { permission: "settings.manage", schema: z.object({ id: z.string().regex(/^\d{1,19}$/) }) },
  async (staff, input) => {
    const retried = await retryEdgePurge(BigInt(input.id));
    if (retried) {
      await recordAudit(db, {
        actorId: staff.id,
        action: "edge.purge-retry",
        entityType: "settings",
        entityId: input.id,
        data: {},
      });
    }
    return ok({ retried });
  },
);

/** The screen's plain form: works without JavaScript, comes back with the outcome. */
export async function retryEdgePurgeFormAction(formData: FormData): Promise<void> {
  const id = String(formData.get("id") ?? "").slice(0, 20);
  const result = await retryEdgePurgeAction({ id });
  if (!result.ok && result.code === "unauthenticated") {
    redirect(`/login?callbackUrl=${encodeURIComponent("/editor/purges")}`);
  }
  if (!result.ok) redirect(`/editor/purges?retry=${result.code}`);
  redirect(`/editor/purges?retried=${result.data.retried ? "1" : "0"}`);
}
