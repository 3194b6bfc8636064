import { testDb } from "./database";

/** What the database holds for an article's notes and its "Updated" time. */
export async function noteState(articleId: string) {
  const [notes, article, audits] = await Promise.all([
    testDb().correction.findMany({
      where: { articleId },
      orderBy: { publishedAt: "asc" },
      select: { id: true, kind: true, text: true, publishedAt: true, createdById: true },
    }),
    testDb().article.findUniqueOrThrow({
      where: { id: articleId },
      select: { substantiveUpdatedAt: true, version: true },
    }),
    testDb().auditLog.findMany({
      where: { entityId: articleId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true, actorId: true, data: true },
    }),
  ]);
  return {
    notes,
    substantiveUpdatedAt: article.substantiveUpdatedAt,
    version: article.version,
    audits,
  };
}

export const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
