import "server-only";
import type { Staff } from "@/lib/auth/session";
import { notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { changedFields, recordAudit, type Tx } from "@/lib/manage/audit";
import { plural, refused } from "@/lib/manage/results";
import type { UpdateMediaTextInput } from "./schemas";
import { removeUnusedFiles } from "./stored-files";
import { describeUsage, findMediaUsage, mediaPlaces, usageCount } from "./usage";
import { storageKeysOf } from "./variants";
import { visibleMediaFilter } from "./visibility";

/** Holds the row until the transaction ends, so an edit and a delete cannot interleave. */
async function lockMedia(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Media" WHERE id = ${id} FOR UPDATE`;
}

/** The cached pages showing the image: its own tag, and every article and byline using it. */
async function usageTags(tx: Tx, id: string): Promise<string[]> {
  const places = await mediaPlaces(tx, id);
  return [
    tags.media(id),
    ...places.articleIds.map(tags.article),
    ...places.authorIds.map(tags.author),
  ];
}

/**
 * Changes the library's alt text, caption and credit. Every placement that
 * did not write its own text shows the new text, so the pages that place
 * the image are refreshed.
 */
export async function updateMediaText(
  staff: Staff,
  input: UpdateMediaTextInput,
): Promise<ActionResult<{ id: string }>> {
  return db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    await lockMedia(tx, input.id);
    // An image the staff member may not see does not exist for them.
    const before = await tx.media.findFirst({
      where: { id: input.id, AND: [visibleMediaFilter(staff)] },
      select: { alt: true, caption: true, credit: true },
    });
    if (!before) return notFound("That image");
    const after = { alt: input.alt, caption: input.caption, credit: input.credit };
    await tx.media.update({ where: { id: input.id }, data: after, select: { id: true } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "media.update",
      entityType: "media",
      entityId: input.id,
      data: changedFields(before, after),
    });
    await invalidate(tx, await usageTags(tx, input.id));
    return ok({ id: input.id });
  });
}

/**
 * Deletes an image nothing uses. One placed anywhere (a hero, a sharing
 * image, an article's text, a byline's picture, in any status) is refused
 * with the list of places, rather than leaving holes in stories. The files,
 * original and copies, are removed once the row is gone.
 */
export async function deleteMedia(
  staff: Staff,
  input: { id: string },
): Promise<ActionResult<{ id: string }>> {
  let files: { sha256: string; keys: string[] } | null = null;
  const result = await db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    await lockMedia(tx, input.id);
    const row = await tx.media.findFirst({
      where: { id: input.id, AND: [visibleMediaFilter(staff)] },
      select: { sha256: true, storageKey: true, variants: true, mimeType: true, bytes: true },
    });
    if (!row) return notFound("That image");
    const usage = await findMediaUsage(tx, input.id);
    const count = usageCount(usage);
    if (count > 0) {
      return refused(
        `This image is used in ${plural(count, "place")}: ${describeUsage(usage)}. Take it out there before deleting it.`,
      );
    }
    await tx.media.delete({ where: { id: input.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "media.delete",
      entityType: "media",
      entityId: input.id,
      data: { sha256: row.sha256, mimeType: row.mimeType, bytes: row.bytes },
    });
    files = { sha256: row.sha256, keys: storageKeysOf(row) };
    await invalidate(tx, [tags.media(input.id)]);
    return ok({ id: input.id });
  });
  if (result.ok) {
    const removal = files as { sha256: string; keys: string[] } | null;
    if (removal) await removeUnusedFiles(removal.sha256, removal.keys);
  }
  return result;
}
