import "server-only";
import type { Staff } from "@/lib/auth/session";
import { invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { changedFields, recordAudit, type Tx } from "@/lib/manage/audit";
import { isUniqueViolation } from "@/lib/manage/db-errors";
import { rebuildSearchNames } from "@/lib/search/rebuild-names";
import type { CreateTagInput, UpdateTagInput } from "./schemas";

type Saved = ActionResult<{ id: string; slug: string }>;

const SLUG_RACE = "Another tag took this slug a moment ago; choose another.";

async function slugProblem(tx: Tx, slug: string, tagId: string | null): Promise<string | null> {
  const other = await tx.tag.findUnique({ where: { slug }, select: { id: true, name: true } });
  return other && other.id !== tagId ? `The tag “${other.name}” already uses this slug.` : null;
}

const articleIdsOf = async (tx: Tx, tagId: string) =>
  (await tx.articleTag.findMany({ where: { tagId }, select: { articleId: true } })).map(
    (row) => row.articleId,
  );

/**
 * A tag's name and address show on its own page, the topic lists, and the
 * tag chips of every article carrying it.
 */
function refreshTagPages(tx: Tx, tagId: string, articleIds: string[]): Promise<void> {
  return invalidate(tx, [
    tags.topics,
    tags.tag(tagId),
    tags.tagList(tagId),
    tags.feed,
    ...articleIds.map(tags.article),
  ]);
}

export async function createTag(staff: Staff, input: CreateTagInput): Promise<Saved> {
  try {
    const result = await db.$transaction(async (tx): Promise<Saved> => {
      const problem = await slugProblem(tx, input.slug, null);
      if (problem) return invalid({ slug: problem });
      const tag = await tx.tag.create({ data: input, select: { id: true } });
      await recordAudit(tx, {
        actorId: staff.id,
        action: "tag.create",
        entityType: "tag",
        entityId: tag.id,
        data: { name: input.name, slug: input.slug },
      });
      await refreshTagPages(tx, tag.id, []);
      return ok({ id: tag.id, slug: input.slug });
    });
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: SLUG_RACE });
    throw error;
  }
}

/**
 * Renames a tag or moves it to a new slug. A new name is also search text:
 * every article carrying the tag has its names column rebuilt in the same
 * transaction, so search never disagrees with the pages.
 */
export async function updateTag(staff: Staff, input: UpdateTagInput): Promise<Saved> {
  try {
    const result = await db.$transaction(async (tx): Promise<Saved> => {
      const before = await tx.tag.findUnique({
        where: { id: input.id },
        select: { name: true, slug: true, description: true },
      });
      if (!before) return notFound("That tag");
      if (input.slug !== before.slug) {
        const problem = await slugProblem(tx, input.slug, input.id);
        if (problem) return invalid({ slug: problem });
      }
      const after = { name: input.name, slug: input.slug, description: input.description };
      await tx.tag.update({ where: { id: input.id }, data: after, select: { id: true } });
      const articleIds = await articleIdsOf(tx, input.id);
      if (after.name !== before.name) await rebuildSearchNames(tx, articleIds);
      await recordAudit(tx, {
        actorId: staff.id,
        action: "tag.update",
        entityType: "tag",
        entityId: input.id,
        data: changedFields(before, after),
      });
      await refreshTagPages(tx, input.id, articleIds);
      return ok({ id: input.id, slug: input.slug });
    });
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: SLUG_RACE });
    throw error;
  }
}

/**
 * Deletes a tag and takes it off every article that carried it (their pages
 * and search text are refreshed); the articles themselves stay as they are.
 */
export async function deleteTag(
  staff: Staff,
  input: { id: string },
): Promise<ActionResult<{ id: string; articleCount: number }>> {
  const result = await db.$transaction(
    async (tx): Promise<ActionResult<{ id: string; articleCount: number }>> => {
      const tag = await tx.tag.findUnique({
        where: { id: input.id },
        select: { name: true, slug: true },
      });
      if (!tag) return notFound("That tag");
      const articleIds = await articleIdsOf(tx, input.id);
      // ArticleTag rows go with the tag, by cascade.
      await tx.tag.delete({ where: { id: input.id }, select: { id: true } });
      await rebuildSearchNames(tx, articleIds);
      await recordAudit(tx, {
        actorId: staff.id,
        action: "tag.delete",
        entityType: "tag",
        entityId: input.id,
        data: { name: tag.name, slug: tag.slug, articleIds },
      });
      await refreshTagPages(tx, input.id, articleIds);
      return ok({ id: input.id, articleCount: articleIds.length });
    },
  );
  return result;
}
