import type { Role } from "@/lib/staff/dto";

export const ROLE_LABELS: Record<Role, string> = {
  CONTRIBUTOR: "Contributor",
  AUTHOR: "Author",
  EDITOR: "Editor",
  ADMIN: "Admin",
};

/** What each role may do, in the words of the permission table (lib/auth/permissions.ts). */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  CONTRIBUTOR: "Writes and revises their own drafts and submits them for review; cannot publish.",
  AUTHOR: "Also publishes, schedules and unpublishes their own articles.",
  EDITOR: "Every article, plus sections, tags, authors, comments and newsletters.",
  ADMIN: "Everything, including staff accounts and site settings.",
};
