import "server-only";
import { tags } from "@/lib/cache/tags";
import type { Staff } from "@/lib/auth/session";
import { invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { db } from "@/lib/db";
import { changedFields, recordAudit, type Tx } from "@/lib/manage/audit";
import { isUniqueViolation } from "@/lib/manage/db-errors";
import { newsletterFormSelect } from "./newsletter-queries";
import type { CreateNewsletterInput, UpdateNewsletterInput } from "./newsletter-schemas";

type Saved = ActionResult<{ id: string; slug: string }>;

const SLUG_RACE = "Another newsletter took this address a moment ago; choose another.";

async function slugProblem(tx: Tx, slug: string, id: string | null): Promise<string | null> {
  const other = await tx.newsletter.findUnique({
    where: { slug },
    select: { id: true, name: true },
  });
  return other && other.id !== id ? `“${other.name}” already uses this address.` : null;
}

const fieldsOf = (input: CreateNewsletterInput) => ({
  name: input.name,
  slug: input.slug,
  description: input.description,
  cadence: input.cadence,
  senderName: input.senderName,
  senderEmail: input.senderEmail,
  active: input.active,
  membersOnly: input.membersOnly,
  edition: input.edition,
  position: input.position,
});

export async function createNewsletter(staff: Staff, input: CreateNewsletterInput): Promise<Saved> {
  try {
    const result = await db.$transaction(async (tx): Promise<Saved> => {
      const problem = await slugProblem(tx, input.slug, null);
      if (problem) return invalid({ slug: problem });
      const data = fieldsOf(input);
      const newsletter = await tx.newsletter.create({ data, select: { id: true } });
      await recordAudit(tx, {
        actorId: staff.id,
        action: "newsletter.create",
        entityType: "newsletter",
        entityId: newsletter.id,
        data,
      });
      await invalidate(tx, [tags.newsletters]);
      return ok({ id: newsletter.id, slug: input.slug });
    });
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: SLUG_RACE });
    throw error;
  }
}

/**
 * Saves a newsletter. Subscriptions are untouched: turning one off hides its
 * sign-up form and stops new issues, but keeps every subscriber's choice.
 */
export async function updateNewsletter(staff: Staff, input: UpdateNewsletterInput): Promise<Saved> {
  try {
    const result = await db.$transaction(async (tx): Promise<Saved> => {
      const before = await tx.newsletter.findUnique({
        where: { id: input.id },
        select: newsletterFormSelect,
      });
      if (!before) return notFound("That newsletter");
      if (input.slug !== before.slug) {
        const problem = await slugProblem(tx, input.slug, input.id);
        if (problem) return invalid({ slug: problem });
      }
      const after = fieldsOf(input);
      await tx.newsletter.update({ where: { id: input.id }, data: after, select: { id: true } });
      await recordAudit(tx, {
        actorId: staff.id,
        action: "newsletter.update",
        entityType: "newsletter",
        entityId: input.id,
        data: changedFields(before, after),
      });
      await invalidate(tx, [tags.newsletters]);
      return ok({ id: input.id, slug: input.slug });
    });
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: SLUG_RACE });
    throw error;
  }
}
