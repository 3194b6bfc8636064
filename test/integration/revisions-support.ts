import { randomUUID } from "node:crypto";
import { createArticleAction, saveArticleAction } from "@/lib/articles/editing/actions";
import type { ArticleFields } from "@/lib/articles/editing/schemas";
import type { Staff } from "@/lib/auth/session";
import { actAs } from "./acting-staff";
import { testDb } from "./database";
import { storedArticleFields } from "./factories";

/** Saves changes through the real action (as whoever acts) and returns the new version. */
export async function saveChanges(
  id: string,
  changes: Partial<ArticleFields>,
  mode: "save" | "autosave" = "save",
): Promise<number> {
  const { version, ...fields } = await storedArticleFields(id);
  const result = await saveArticleAction({ id, version, mode, fields: { ...fields, ...changes } });
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data.version;
}

export const paragraphs = (...texts: string[]): ArticleFields["body"] => ({
  type: "doc",
  content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

export async function createImage(alt: string) {
  const key = randomUUID();
  return testDb().media.create({
    data: {
      kind: "IMAGE",
      storageKey: `images/${key}.jpg`,
      mimeType: "image/jpeg",
      bytes: 1000,
      width: 1200,
      height: 800,
      sha256: key,
      alt,
    },
    select: { id: true },
  });
}

export async function revisionsOf(articleId: string) {
  return testDb().revision.findMany({
    where: { articleId },
    orderBy: { version: "asc" },
    select: { id: true, version: true, kind: true, restoredFromVersion: true, createdById: true },
  });
}

/**
 * A draft by `owner` with two saved versions (headlines "First headline" and
 * "Second headline"); returns its id, the first save's revision and address.
 */
export async function draftWithHistory(owner: Staff) {
  actAs(owner);
  const created = await createArticleAction({ title: "Harbour cranes", type: "NEWS" });
  if (!created.ok) throw new Error(created.error);
  const id = created.data.id;
  const firstSlug = `first-headline-${randomUUID().slice(0, 8)}`;
  await saveChanges(id, {
    title: "First headline",
    slug: firstSlug,
    body: paragraphs("First text."),
  });
  await saveChanges(id, {
    title: "Second headline",
    slug: `second-headline-${randomUUID().slice(0, 8)}`,
    body: paragraphs("Second text."),
  });
  const [first] = await revisionsOf(id);
  return { id, first: first!, firstSlug };
}

/** Everything a restore could change, to show that a refused one changed nothing. */
export async function restorableState(articleId: string) {
  return {
    article: await storedArticleFields(articleId),
    revisions: await revisionsOf(articleId),
    audit: await testDb().auditLog.count(),
  };
}
