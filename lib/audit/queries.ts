import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { startOfDayInZone } from "@/lib/dates/format";
import { db } from "@/lib/db";
import type { AuditFilters } from "./params";
import type { AuditEntryDto } from "./dto";

export const AUDIT_PAGE_SIZE = 50;

export class AuditAccessError extends Error {}

/**
 * Who did what to which article, account or setting, newest first, for
 * admins. Entries are never edited; the page shows them as recorded.
 */
export async function listAuditEntries(
  staff: Staff,
  filters: AuditFilters,
  timeZone: string,
): Promise<{ entries: AuditEntryDto[]; nextAfter: string | null }> {
  if (!can(staff.role, "audit.read")) throw new AuditAccessError("Only admins read the audit log.");
  const cursor = filters.after
    ? await db.auditLog.findUnique({ where: { id: filters.after }, select: { id: true, at: true } })
    : null;
  const from = filters.from ? startOfDayInZone(filters.from, timeZone) : undefined;
  const to = filters.to
    ? new Date(startOfDayInZone(filters.to, timeZone).getTime() + 86_400_000)
    : undefined;
  const rows = await db.auditLog.findMany({
    where: {
      ...(filters.entityType ? { entityType: filters.entityType } : {}),
      ...(filters.entityId ? { entityId: filters.entityId } : {}),
      ...(filters.action ? { action: { startsWith: filters.action } } : {}),
      ...(filters.actor ? { actorId: filters.actor } : {}),
      at: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) },
      ...(cursor
        ? { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] }
        : {}),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      data: true,
      actor: { select: { name: true } },
    },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const labels = await entityLabels(page);
  return {
    entries: page.map((row) => {
      const label = labels.get(`${row.entityType}:${row.entityId}`);
      return {
        id: row.id,
        at: row.at,
        action: row.action,
        actor: row.actor?.name ?? null,
        entityType: row.entityType,
        entityId: row.entityId,
        entityLabel: label?.label ?? null,
        entityHref: label?.href ?? null,
        data: JSON.stringify(row.data) === "{}" ? "" : JSON.stringify(row.data),
      };
    }),
    nextAfter: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Staff accounts, for the "who" filter. */
export async function listAuditActors(staff: Staff) {
  if (!can(staff.role, "audit.read")) throw new AuditAccessError("Only admins read the audit log.");
  return db.staffUser.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
}

async function entityLabels(rows: { entityType: string; entityId: string }[]) {
  const ids = (type: string) => [
    ...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId)),
  ];
  const [articles, staff, sections, tags, authors] = await Promise.all([
    db.article.findMany({
      where: { id: { in: ids("article") } },
      select: { id: true, title: true },
    }),
    db.staffUser.findMany({
      where: { id: { in: ids("staff") } },
      select: { id: true, name: true },
    }),
    db.section.findMany({
      where: { id: { in: ids("section") } },
      select: { id: true, name: true },
    }),
    db.tag.findMany({ where: { id: { in: ids("tag") } }, select: { id: true, name: true } }),
    db.author.findMany({ where: { id: { in: ids("author") } }, select: { id: true, name: true } }),
  ]);
  const labels = new Map<string, { label: string; href: string }>();
  for (const a of articles)
    labels.set(`article:${a.id}`, {
      label: a.title || "Untitled",
      href: `/editor/articles/${a.id}`,
    });
  for (const s of staff)
    labels.set(`staff:${s.id}`, { label: s.name, href: `/editor/staff/${s.id}` });
  for (const s of sections)
    labels.set(`section:${s.id}`, { label: s.name, href: `/editor/sections/${s.id}` });
  for (const t of tags) labels.set(`tag:${t.id}`, { label: t.name, href: `/editor/tags/${t.id}` });
  for (const a of authors)
    labels.set(`author:${a.id}`, { label: a.name, href: `/editor/authors/${a.id}` });
  return labels;
}
