import "server-only";
import { articleChecklist, bodyImageIds, type ChecklistItem, type MediaTexts } from "./checklist";
import { fieldsOf, type ArticleState, type Tx } from "./state";

// Apart from readiness.ts so the scheduler (and `npm run jobs`) can check an
// article without loading the session and action helpers.

/** The checklist for the article as stored, with the library texts its images fall back to. */
export async function checklistOf(tx: Tx, state: ArticleState): Promise<ChecklistItem[]> {
  const fields = fieldsOf(state);
  const ids = [...new Set([fields.heroImageId, ...bodyImageIds(fields.body)])].filter(
    (id): id is string => !!id,
  );
  const rows = ids.length
    ? await tx.media.findMany({
        where: { id: { in: ids } },
        select: { id: true, alt: true, credit: true },
      })
    : [];
  const texts = new Map<string, MediaTexts>(rows.map((row) => [row.id, row]));
  return articleChecklist(fields, (id) => texts.get(id));
}
