import "server-only";
import type { RevisionKind } from "@/generated/prisma/enums";
import type { Staff } from "@/lib/auth/session";
import type { ArticleFields } from "./schemas";
import type { Tx } from "./state";

/** Autosaves by one writer within this window share one revision. */
const AUTOSAVE_COALESCE_MS = 10 * 60_000;

/**
 * Keeps a full snapshot of the fields per save. A run of autosaves by the
 * same writer is folded into its latest revision, so typing for an hour does
 * not bury the deliberate saves.
 */
export async function recordRevision(
  tx: Tx,
  staff: Staff,
  articleId: string,
  version: number,
  kind: RevisionKind,
  fields: ArticleFields,
  /** For a RESTORE: the version whose fields were brought back. */
  restoredFromVersion: number | null = null,
): Promise<void> {
  if (kind === "AUTOSAVE") {
    const latest = await tx.revision.findFirst({
      where: { articleId },
      orderBy: { version: "desc" },
      select: { id: true, kind: true, createdById: true, createdAt: true },
    });
    if (
      latest?.kind === "AUTOSAVE" &&
      latest.createdById === staff.id &&
      Date.now() - latest.createdAt.getTime() < AUTOSAVE_COALESCE_MS
    ) {
      await tx.revision.update({ where: { id: latest.id }, data: { version, snapshot: fields } });
      return;
    }
  }
  await tx.revision.create({
    data: {
      articleId,
      version,
      kind,
      snapshot: fields,
      createdById: staff.id,
      restoredFromVersion,
    },
  });
}
