import "server-only";
import type { Staff } from "@/lib/auth/session";
import { ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { changedFields, recordAudit } from "@/lib/manage/audit";
import { settingsFormSelect } from "./manage-queries";
import type { SiteSettingsInput } from "./settings-schemas";

/**
 * Saves the site-wide settings (the one row, id 1, created on first save).
 * The comment settings in the same row belong to the moderation screens and
 * are left as they are.
 */
export async function updateSiteSettings(
  staff: Staff,
  input: SiteSettingsInput,
): Promise<ActionResult<{ savedAt: string }>> {
  const savedAt = await db.$transaction(async (tx) => {
    const before = await tx.siteSettings.findUnique({
      where: { id: 1 },
      select: settingsFormSelect,
    });
    const row = await tx.siteSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...input },
      update: input,
      select: { updatedAt: true },
    });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "settings.update",
      entityType: "settings",
      entityId: "1",
      data: before ? changedFields(before, input) : { created: true },
    });
    // Every page shows the settings (header, footer, dates); they all carry this tag.
    await invalidate(tx, [tags.settings]);
    return row.updatedAt;
  });
  return ok({ savedAt: savedAt.toISOString() });
}
