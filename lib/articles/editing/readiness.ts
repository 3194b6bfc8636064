import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, invalid, type Failure } from "@/lib/auth/staff-action";
import { checklistFieldErrors, failingItems } from "./checklist";
import type { ArticleState, Tx } from "./state";
import { checklistOf } from "./stored-checklist";

export const NOT_READY = "This article is not ready to publish: see the checklist.";

/** A publish that went ahead past failing items: kept in the audit row. */
export interface ChecklistOverride {
  reason: string;
  /** The checklist keys that were failing. */
  items: string[];
}

/**
 * Whether a publish or schedule by `staff` may go ahead. A failing checklist
 * refuses it with a message per field, unless an admin gives a reason; a
 * headline cannot be waived by anyone.
 */
export async function checkReadiness(
  tx: Tx,
  state: ArticleState,
  staff: Staff,
  overrideReason: string | undefined,
): Promise<{ ok: true; override: ChecklistOverride | null } | Failure> {
  const failing = failingItems(await checklistOf(tx, state));
  if (failing.length === 0) return { ok: true, override: null };
  const fieldErrors = checklistFieldErrors(failing);
  if (!overrideReason) return invalid(fieldErrors, NOT_READY);
  if (!can(staff.role, "article.overrideChecklist")) {
    return denied("publish an article that has not passed the checklist");
  }
  const binding = failing.filter((item) => !item.overridable);
  if (binding.length) {
    return invalid(
      checklistFieldErrors(binding),
      "This article cannot be published without a headline, even by an admin.",
    );
  }
  return {
    ok: true,
    override: { reason: overrideReason, items: failing.map((item) => item.key) },
  };
}
