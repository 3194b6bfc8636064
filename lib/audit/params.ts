import { z } from "zod";

export const AUDIT_ENTITY_TYPES = [
  "article",
  "staff",
  "section",
  "tag",
  "author",
  "media",
  "site",
  "settings",
  "comment",
  "reader",
  "newsletter",
  "newsletterIssue",
  "email",
] as const;

/** What the audit screen's "Kind" filter calls each entity type. */
export const AUDIT_ENTITY_LABELS: Record<(typeof AUDIT_ENTITY_TYPES)[number], string> = {
  article: "Articles",
  staff: "Staff accounts",
  section: "Sections",
  tag: "Tags",
  author: "Authors",
  media: "Media",
  site: "Site",
  settings: "Settings",
  comment: "Comments",
  reader: "Readers",
  newsletter: "Newsletters",
  newsletterIssue: "Newsletter issues",
  email: "Emails",
};

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The audit screen's filters from its query string; a bad value drops only that filter. */
export const auditFiltersSchema = z.object({
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined),
  /** Actions starting with this, e.g. "article.publish" or "staff." */
  action: z
    .string()
    .trim()
    .regex(/^[a-z.-]{1,60}$/)
    .optional()
    .catch(undefined),
  actor: z.string().trim().max(64).optional().catch(undefined),
  entityId: z.string().trim().max(64).optional().catch(undefined),
  from: day,
  to: day,
  /** Keyset cursor: the id of the last entry on the previous page. */
  after: z.string().trim().max(64).optional().catch(undefined),
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export function parseAuditFilters(
  raw: Record<string, string | string[] | undefined>,
): AuditFilters {
  const flat = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [
      key,
      Array.isArray(value) ? value[0] : value || undefined,
    ]),
  );
  return auditFiltersSchema.parse(flat);
}
