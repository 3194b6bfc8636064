import "server-only";
import { tags } from "@/lib/cache/tags";
import { invalidate } from "@/lib/cache/invalidate";
import { checkDisplayName } from "@/lib/comments/rules";
import { db } from "@/lib/db";
import { BANNED, done, fail, SIGNED_OUT, type ReaderResult } from "./results";
import type { ReaderIdentity } from "./session";

/**
 * Sets the name shown with a reader's comments. Published comments carry the
 * name in cached pages, so those pages are refreshed.
 */
export async function setDisplayName(
  reader: ReaderIdentity | null,
  input: unknown,
): Promise<ReaderResult<{ displayName: string }>> {
  if (!reader) return SIGNED_OUT;
  const raw =
    input && typeof input === "object" && "displayName" in input ? input.displayName : undefined;
  const checked = checkDisplayName(typeof raw === "string" ? raw.slice(0, 500) : "");
  if (!checked.ok) {
    return fail("invalid", "Check your display name.", { displayName: checked.error });
  }
  const articleIds = await db.$transaction(async (tx) => {
    const row = await tx.reader.findUnique({
      where: { id: reader.id },
      select: { bannedAt: true },
    });
    if (!row || row.bannedAt) return null;
    await tx.reader.update({ where: { id: reader.id }, data: { displayName: checked.name } });
    const shown = await tx.comment.findMany({
      where: { readerId: reader.id, status: "APPROVED", deletedAt: null },
      distinct: ["articleId"],
      select: { articleId: true },
    });
    await invalidate(
      tx,
      shown.map((c) => tags.comments(c.articleId)),
    );
    return shown.map((c) => c.articleId);
  });
  if (!articleIds) return BANNED;
  return done({ displayName: checked.name });
}
