import "server-only";
import { can, type ArticleContext, type Role } from "@/lib/auth/permissions";
import { getSiteSettings } from "@/lib/site/settings";
import type { Tx } from "../editing/state";
import type { CorrectionNoteDto, CorrectionPermissions, CorrectionsEditorData } from "./dto";

/** An article's notes, oldest first (the order the article page prints them). */
export async function loadCorrectionNotes(
  tx: Pick<Tx, "correction">,
  articleId: string,
): Promise<CorrectionNoteDto[]> {
  const rows = await tx.correction.findMany({
    where: { articleId },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      text: true,
      publishedAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    text: row.text,
    publishedAt: row.publishedAt.toISOString(),
    createdBy: row.createdBy?.name ?? null,
  }));
}

/** What the editor's "Corrections and updates" panel shows to this person. */
export async function getCorrectionsEditorData(
  tx: Pick<Tx, "correction">,
  role: Role,
  context: ArticleContext,
  articleId: string,
): Promise<CorrectionsEditorData> {
  const [notes, site] = await Promise.all([loadCorrectionNotes(tx, articleId), getSiteSettings()]);
  return { notes, ...correctionPermissions(role, context), timeZone: site.timezone };
}

/** What this person may do in the panel; it changes with the article's status. */
export function correctionPermissions(role: Role, context: ArticleContext): CorrectionPermissions {
  const mayCorrect = can(role, "article.correct", context);
  return {
    canAdd: mayCorrect && context.status === "PUBLISHED",
    canEdit: mayCorrect,
    canRemove: can(role, "article.removeCorrection", context),
  };
}
