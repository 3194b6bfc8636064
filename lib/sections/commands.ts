import "server-only";
import type { Staff } from "@/lib/auth/session";
import { invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { changedFields, recordAudit, type Tx } from "@/lib/manage/audit";
import { isUniqueViolation } from "@/lib/manage/db-errors";
import { plural, refused } from "@/lib/manage/results";
import type { CreateSectionInput, UpdateSectionInput } from "./schemas";
import { sectionSlugProblem } from "./slug-owner";

const SLUG_RACE = "Someone else took this address a moment ago; choose another.";

/** Every page that shows a section: the navigation, its page, its addresses, its stories' cards. */
function refreshSectionPages(tx: Tx, sectionId: string, slugs: string[]): Promise<void> {
  return invalidate(tx, [
    tags.sections,
    tags.section(sectionId),
    tags.sectionList(sectionId),
    ...slugs.map(tags.route),
  ]);
}

export async function createSection(
  staff: Staff,
  input: CreateSectionInput,
): Promise<ActionResult<{ id: string; slug: string }>> {
  try {
    const result = await db.$transaction(
      async (tx): Promise<ActionResult<{ id: string; slug: string }>> => {
        const problem = await sectionSlugProblem(tx, input.slug, null);
        if (problem) return invalid({ slug: problem });
        const last = await tx.section.aggregate({ _max: { position: true } });
        const section = await tx.section.create({
          data: {
            name: input.name,
            slug: input.slug,
            description: input.description,
            inNavigation: input.inNavigation,
            // New sections go last; the list screen reorders them.
            position: (last._max.position ?? -1) + 1,
            routes: { create: { slug: input.slug } },
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actorId: staff.id,
          action: "section.create",
          entityType: "section",
          entityId: section.id,
          data: { name: input.name, slug: input.slug, inNavigation: input.inNavigation },
        });
        await refreshSectionPages(tx, section.id, [input.slug]);
        return ok({ id: section.id, slug: input.slug });
      },
    );
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: SLUG_RACE });
    throw error;
  }
}

/**
 * Saves a section. A new slug becomes its canonical address and every
 * earlier one stays in the Route table as a 301 to it, so links and search
 * results that point at the old address keep working.
 */
export async function updateSection(
  staff: Staff,
  input: UpdateSectionInput,
): Promise<ActionResult<{ id: string; slug: string }>> {
  try {
    const result = await db.$transaction(
      async (tx): Promise<ActionResult<{ id: string; slug: string }>> => {
        const before = await tx.section.findUnique({
          where: { id: input.id },
          select: { slug: true, name: true, description: true, inNavigation: true },
        });
        if (!before) return notFound("That section");
        if (input.slug !== before.slug) {
          const problem = await sectionSlugProblem(tx, input.slug, input.id);
          if (problem) return invalid({ slug: problem });
          await tx.route.updateMany({
            where: { sectionId: input.id, canonical: true },
            data: { canonical: false },
          });
          // Either a brand-new address or one of this section's own old ones.
          await tx.route.upsert({
            where: { slug: input.slug },
            create: { slug: input.slug, sectionId: input.id },
            update: { canonical: true },
            select: { slug: true },
          });
        }
        const after = {
          name: input.name,
          slug: input.slug,
          description: input.description,
          inNavigation: input.inNavigation,
        };
        await tx.section.update({ where: { id: input.id }, data: after, select: { id: true } });
        await recordAudit(tx, {
          actorId: staff.id,
          action: "section.update",
          entityType: "section",
          entityId: input.id,
          data: changedFields(before, after),
        });
        await refreshSectionPages(tx, input.id, [before.slug, input.slug]);
        return ok({ id: input.id, slug: input.slug });
      },
    );
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: SLUG_RACE });
    throw error;
  }
}

/**
 * Deletes an empty section. One with articles (in any status) is refused
 * rather than leaving its stories without a section behind the editors' backs.
 */
export async function deleteSection(
  staff: Staff,
  input: { id: string },
): Promise<ActionResult<{ id: string }>> {
  const result = await db.$transaction(async (tx): Promise<ActionResult<{ id: string }>> => {
    const section = await tx.section.findUnique({
      where: { id: input.id },
      select: {
        name: true,
        slug: true,
        _count: { select: { articles: true } },
        routes: { select: { slug: true } },
      },
    });
    if (!section) return notFound("That section");
    const count = section._count.articles;
    if (count > 0) {
      return refused(
        `“${section.name}” still holds ${plural(count, "article")}. Move them to another section before deleting it.`,
      );
    }
    const slugs = section.routes.map((route) => route.slug);
    // Its routes (current and old addresses) go with it, by cascade.
    await tx.section.delete({ where: { id: input.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: staff.id,
      action: "section.delete",
      entityType: "section",
      entityId: input.id,
      data: { name: section.name, slug: section.slug, addresses: slugs },
    });
    await refreshSectionPages(tx, input.id, slugs);
    return ok({ id: input.id });
  });
  return result;
}

/**
 * Puts the sections in the given order (navigation and home page). The list
 * must name every section exactly once, so an order made from a stale screen
 * cannot silently drop or misplace one.
 */
export async function reorderSections(
  staff: Staff,
  input: { ids: string[] },
): Promise<ActionResult<{ ids: string[] }>> {
  const result = await db.$transaction(async (tx): Promise<ActionResult<{ ids: string[] }>> => {
    const sections = await tx.section.findMany({
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    const known = new Set(sections.map((s) => s.id));
    if (sections.length !== input.ids.length || input.ids.some((id) => !known.has(id))) {
      return refused(
        "The sections changed while you were ordering them. Reload the page and try again.",
      );
    }
    const position = new Map(sections.map((s) => [s.id, s.position]));
    for (const [index, id] of input.ids.entries()) {
      if (position.get(id) === index) continue;
      await tx.section.update({ where: { id }, data: { position: index }, select: { id: true } });
    }
    await recordAudit(tx, {
      actorId: staff.id,
      action: "section.reorder",
      entityType: "section",
      entityId: "*",
      data: { from: sections.map((s) => s.id), to: input.ids },
    });
    await invalidate(tx, [tags.sections, ...input.ids.map(tags.section)]);
    return ok({ ids: input.ids });
  });
  return result;
}
