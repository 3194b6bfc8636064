import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { changedFields, recordAudit, type Tx } from "@/lib/manage/audit";
import { isUniqueViolation } from "@/lib/manage/db-errors";
import { plural, refused } from "@/lib/manage/results";
import { rebuildSearchNames } from "@/lib/search/rebuild-names";
import type { CreateAuthorInput, UpdateAuthorInput } from "./schemas";

type Saved = ActionResult<{ id: string; slug: string }>;

/**
 * Field errors for what only the database knows: a slug taken by another
 * byline, or a staff account missing or already writing under another one.
 */
async function conflicts(
  tx: Tx,
  input: { slug: string; staffUserId: string | null },
  authorId: string | null,
): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const other = await tx.author.findUnique({
    where: { slug: input.slug },
    select: { id: true, name: true },
  });
  if (other && other.id !== authorId) errors.slug = `“${other.name}” already uses this slug.`;
  if (input.staffUserId) {
    const account = await tx.staffUser.findUnique({
      where: { id: input.staffUserId },
      select: { author: { select: { id: true, name: true } } },
    });
    if (!account) errors.staffUserId = "That staff account no longer exists.";
    else if (account.author && account.author.id !== authorId) {
      errors.staffUserId = `This account already writes as “${account.author.name}”.`;
    }
  }
  return errors;
}

/** A unique index refused the write after our check passed: say which field, if we can. */
async function raceErrors(
  input: { slug: string; staffUserId: string | null },
  authorId: string | null,
): Promise<ActionResult<never>> {
  const errors = await db.$transaction((tx) => conflicts(tx, input, authorId));
  return Object.keys(errors).length
    ? invalid(errors)
    : refused("Someone else changed this byline at the same moment. Try again.");
}

const bylineArticleIds = async (tx: Tx, authorId: string) =>
  (await tx.articleAuthor.findMany({ where: { authorId }, select: { articleId: true } })).map(
    (row) => row.articleId,
  );

/** A byline shows on its author page, author lists, and every story card and page it signs. */
function refreshAuthorPages(tx: Tx, authorId: string, articleIds: string[]): Promise<void> {
  return invalidate(tx, [
    tags.authors,
    tags.author(authorId),
    tags.authorList(authorId),
    tags.feed,
    ...articleIds.map(tags.article),
  ]);
}

export async function createAuthor(staff: Staff, input: CreateAuthorInput): Promise<Saved> {
  if (input.staffUserId && !can(staff.role, "staff.manage")) {
    return denied("link bylines to staff accounts");
  }
  try {
    const result = await db.$transaction(async (tx): Promise<Saved> => {
      const errors = await conflicts(tx, input, null);
      if (Object.keys(errors).length) return invalid(errors);
      const author = await tx.author.create({ data: input, select: { id: true } });
      await recordAudit(tx, {
        actorId: staff.id,
        action: "author.create",
        entityType: "author",
        entityId: author.id,
        data: { name: input.name, slug: input.slug, staffUserId: input.staffUserId },
      });
      await refreshAuthorPages(tx, author.id, []);
      return ok({ id: author.id, slug: input.slug });
    });
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return raceErrors(input, null);
    throw error;
  }
}

/**
 * Saves a byline. A new name is also search text, so the articles it signs
 * have their names column rebuilt in the same transaction. Linking a staff
 * account makes that account's "own articles" include this byline's work,
 * which is why every link change is audited.
 */
export async function updateAuthor(staff: Staff, input: UpdateAuthorInput): Promise<Saved> {
  const linkDenied = denied("link bylines to staff accounts");
  try {
    const result = await db.$transaction(async (tx): Promise<Saved> => {
      const row = await tx.author.findUnique({
        where: { id: input.id },
        select: {
          name: true,
          slug: true,
          jobTitle: true,
          bio: true,
          links: true,
          staffUserId: true,
        },
      });
      if (!row) return notFound("That author");
      // A linked byline makes its articles the account's own work, with the
      // rights that brings: granting that is part of managing staff.
      if (row.staffUserId !== input.staffUserId && !can(staff.role, "staff.manage"))
        return linkDenied;
      const errors = await conflicts(tx, input, input.id);
      if (Object.keys(errors).length) return invalid(errors);
      const before = { ...row, links: row.links ?? [] };
      const after = {
        name: input.name,
        slug: input.slug,
        jobTitle: input.jobTitle,
        bio: input.bio,
        links: input.links,
        staffUserId: input.staffUserId,
      };
      await tx.author.update({ where: { id: input.id }, data: after, select: { id: true } });
      const articleIds = await bylineArticleIds(tx, input.id);
      if (after.name !== before.name) await rebuildSearchNames(tx, articleIds);
      await recordAudit(tx, {
        actorId: staff.id,
        action: "author.update",
        entityType: "author",
        entityId: input.id,
        data: changedFields(before, after),
      });
      await refreshAuthorPages(tx, input.id, articleIds);
      return ok({ id: input.id, slug: input.slug });
    });
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return raceErrors(input, input.id);
    throw error;
  }
}

/**
 * Deletes a byline nobody is credited under. One with bylines is refused:
 * removing a name from published journalism is an editorial decision made on
 * each article, not a side effect of tidying the list.
 */
export async function deleteAuthor(
  staff: Staff,
  input: { id: string },
): Promise<ActionResult<{ id: string }>> {
  const result = await db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    const author = await tx.author.findUnique({
      where: { id: input.id },
      select: { name: true, slug: true, staffUserId: true, _count: { select: { articles: true } } },
    });
    if (!author) return notFound("That author");
    const count = author._count.articles;
    if (count > 0) {
      return refused(
        `“${author.name}” is credited on ${plural(count, "article")}. Remove the byline from ${count === 1 ? "it" : "them"} first.`,
      );
    }
    await tx.author.delete({ where: { id: input.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "author.delete",
      entityType: "author",
      entityId: input.id,
      data: { name: author.name, slug: author.slug, staffUserId: author.staffUserId },
    });
    await refreshAuthorPages(tx, input.id, []);
    return ok({ id: input.id });
  });
  return result;
}
