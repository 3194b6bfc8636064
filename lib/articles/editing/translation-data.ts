import "server-only";
import { db } from "@/lib/db";
import { documentText } from "@/lib/documents/text";
import { sanitizeDocument } from "@/lib/documents/sanitize";
import { EDITIONS } from "@/lib/i18n/editions";
import type { TranslationEditorDto } from "./dto";

/**
 * What the editor shows about an article's editions: its own, the original
 * it translates (its text, to translate from) and the translations it has,
 * and the editions it could still be translated into. The caller has
 * checked that the staff member may open the article.
 */
export async function getTranslationEditorData(id: string): Promise<TranslationEditorDto | null> {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      edition: true,
      type: true,
      translationOfId: true,
      translationOf: {
        select: { id: true, edition: true, title: true, standfirst: true, body: true },
      },
    },
  });
  if (!article) return null;
  const originalId = article.translationOfId ?? id;
  const family = await db.article.findMany({
    where: { OR: [{ id: originalId }, { translationOfId: originalId }], NOT: { id } },
    select: { id: true, edition: true, title: true, status: true },
  });
  const original = article.translationOf;
  const translatable = article.type !== "PAGE" && article.type !== "LIVE_BLOG";
  const taken = new Set([article.edition, ...family.map((other) => other.edition)]);
  return {
    edition: article.edition,
    original: original
      ? {
          id: original.id,
          edition: original.edition,
          title: original.title,
          standfirst: original.standfirst,
          paragraphs: documentText(sanitizeDocument(original.body))
            .split(/\n+/)
            .filter((line) => line.trim()),
        }
      : null,
    others: family,
    canTranslateInto: translatable ? EDITIONS.filter((edition) => !taken.has(edition)) : [],
  };
}
