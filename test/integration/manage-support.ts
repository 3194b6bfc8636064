import { expect } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { actAs } from "./acting-staff";
import { testDb } from "./database";
import { createStaff } from "./factories";

/**
 * Everything a management action could write, read in a stable order, so a
 * refused call can be shown to have left the database exactly as it was.
 */
export async function databaseState() {
  const db = testDb();
  const byId = { orderBy: { id: "asc" as const } };
  return {
    sections: await db.section.findMany(byId),
    routes: await db.route.findMany({ orderBy: { slug: "asc" } }),
    tags: await db.tag.findMany(byId),
    articleTags: await db.articleTag.findMany({
      orderBy: [{ articleId: "asc" }, { tagId: "asc" }],
    }),
    authors: await db.author.findMany(byId),
    articles: await db.article.findMany({
      ...byId,
      select: { id: true, searchNames: true, updatedAt: true },
    }),
    staff: await db.staffUser.findMany(byId),
    settings: await db.siteSettings.findMany(),
    audit: await db.auditLog.findMany(byId),
  };
}

/**
 * Calls the action as each of these roles and expects a refusal that
 * changed nothing.
 */
export async function expectRefusedFor(
  roles: Role[],
  call: () => Promise<{ ok: boolean; code?: string }>,
): Promise<void> {
  for (const role of roles) {
    actAs(await createStaff({ role }));
    const before = await databaseState();
    const result = await call();
    expect(result, role).toMatchObject({ ok: false, code: "forbidden" });
    expect(await databaseState(), role).toEqual(before);
  }
}

/** The audit rows of one entity, oldest first. */
export function auditOf(entityType: string, entityId: string) {
  return testDb().auditLog.findMany({
    where: { entityType, entityId },
    orderBy: { at: "asc" },
    select: { action: true, actorId: true, data: true },
  });
}
