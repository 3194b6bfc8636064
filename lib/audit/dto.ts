// Declared beside the list-address parser, named here for the pages.
export type { AuditFilters } from "./params";

export interface AuditEntryDto {
  id: string;
  at: Date;
  action: string;
  actor: string | null;
  entityType: string;
  entityId: string;
  /** A readable name for the entity, when it still exists. */
  entityLabel: string | null;
  /** Where the entity is managed, when there is such a page. */
  entityHref: string | null;
  data: string;
}
