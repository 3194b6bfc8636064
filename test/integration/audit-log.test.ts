import { beforeEach, describe, expect, it } from "vitest";
import { parseAuditFilters } from "@/lib/audit/params";
import { AuditAccessError, AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/audit/queries";
import { testDb, truncateAll } from "./database";
import { createArticle, createStaff } from "./factories";

beforeEach(truncateAll);

async function entry(data: {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  at?: Date;
}) {
  return testDb().auditLog.create({ data });
}

describe("the audit log", () => {
  it("is for admins only", async () => {
    for (const role of ["CONTRIBUTOR", "AUTHOR", "EDITOR"] as const) {
      const staff = await createStaff({ role });
      await expect(listAuditEntries(staff, {}, "UTC")).rejects.toBeInstanceOf(AuditAccessError);
    }
  });

  it("names who did what to which item, newest first, and filters", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    const editor = await createStaff({ role: "EDITOR" });
    const article = await createArticle({ title: "Bridge reopens" });
    await entry({
      actorId: editor.id,
      action: "article.publish",
      entityType: "article",
      entityId: article.id,
      at: new Date("2026-11-20T10:00:00Z"),
    });
    await entry({
      actorId: admin.id,
      action: "staff.role-change",
      entityType: "staff",
      entityId: editor.id,
      at: new Date("2026-11-21T10:00:00Z"),
    });
    await entry({
      actorId: null,
      action: "article.publish",
      entityType: "article",
      entityId: article.id,
      at: new Date("2026-11-22T10:00:00Z"),
    });

    const all = await listAuditEntries(admin, {}, "UTC");
    expect(all.entries.map((e) => [e.action, e.actor, e.entityLabel])).toEqual([
      ["article.publish", null, "Bridge reopens"],
      ["staff.role-change", admin.name, editor.name],
      ["article.publish", editor.name, "Bridge reopens"],
    ]);
    const filtered = async (raw: Record<string, string>) =>
      (await listAuditEntries(admin, parseAuditFilters(raw), "UTC")).entries.map((e) => e.action);
    expect(await filtered({ entityType: "staff" })).toEqual(["staff.role-change"]);
    expect(await filtered({ action: "article." })).toEqual(["article.publish", "article.publish"]);
    expect(await filtered({ actor: editor.id })).toEqual(["article.publish"]);
    expect(await filtered({ from: "2026-11-21", to: "2026-11-21" })).toEqual(["staff.role-change"]);
    // Bad values drop only their own filter.
    expect(await filtered({ entityType: "<script>", action: "staff." })).toEqual([
      "staff.role-change",
    ]);
  });

  it("pages through every entry once", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    const at = new Date("2026-11-01T00:00:00Z");
    await testDb().auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 7 }, (_, i) => ({
        actorId: admin.id,
        action: "tag.update",
        entityType: "tag",
        entityId: `t${i}`,
        // Ties on time are broken by id, so nothing is skipped or repeated.
        at: new Date(at.getTime() + Math.floor(i / 3) * 1000),
      })),
    });
    const first = await listAuditEntries(admin, {}, "UTC");
    const second = await listAuditEntries(admin, { after: first.nextAfter! }, "UTC");
    expect(second.nextAfter).toBeNull();
    const seen = [...first.entries, ...second.entries].map((e) => e.entityId);
    expect(new Set(seen).size).toBe(AUDIT_PAGE_SIZE + 7);
  });
});
