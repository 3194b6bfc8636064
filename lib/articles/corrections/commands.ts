import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { denied, invalid, notFound, ok, type ActionResult } from "@/lib/auth/staff-action";
import { invalidate } from "@/lib/cache/invalidate";
import { articleChangeTags, tags } from "@/lib/cache/tags";
import { formatDateTime } from "@/lib/dates/format";
import { readZonedInputValue } from "@/lib/dates/zoned-time";
import { db } from "@/lib/db";
import { queueNarration } from "@/lib/narration/queue";
import { getSiteSettings } from "@/lib/site/settings";
import {
  contextFor,
  fieldsOf,
  loadArticleState,
  placesOf,
  writeAudit,
  type ArticleState,
  type Tx,
} from "../editing/state";
import type { CorrectionNoteDto } from "./dto";
import { loadCorrectionNotes } from "./editor-notes";
import type { AddCorrectionInput } from "./schemas";

type NotesResult = ActionResult<{ notes: CorrectionNoteDto[] }>;

const MINUTE_MS = 60_000;

/**
 * Adds a correction, clarification or update note to a published article.
 *
 * Every kind is a substantive update: a correction or clarification changes
 * what the article tells readers, and an update note exists to say that the
 * story itself moved on. So each moves "Updated" and `dateModified` to the
 * note's time (never backwards, when the note is dated earlier than a later
 * update).
 */
export async function addCorrection(staff: Staff, input: AddCorrectionInput): Promise<NotesResult> {
  const { timezone } = await getSiteSettings();
  const result = await db.$transaction(async (tx): Promise<NotesResult> => {
    const state = await lockArticle(tx, input.articleId);
    if (!state) return notFound("This article");
    if (!can(staff.role, "article.correct", contextFor(staff, state))) {
      return denied("add corrections or updates to this article");
    }
    if (state.status !== "PUBLISHED" || !state.publishedAt) {
      return invalid(
        { form: "Publish the article first." },
        "Corrections and updates are added to published articles only.",
      );
    }

    const now = new Date();
    let at = now;
    if (input.publishedAt) {
      const read = readZonedInputValue(input.publishedAt, timezone);
      if (!read.ok) {
        return invalid({
          publishedAt:
            read.reason === "skipped"
              ? read.message
              : "That time does not exist on the newsroom's clock.",
        });
      }
      const chosen = read.instant;
      if (chosen.getTime() > now.getTime()) {
        return invalid({ publishedAt: "Choose a time that is not in the future." });
      }
      // The field has minute precision: the minute of publication itself is allowed.
      if (chosen.getTime() < floorToMinute(state.publishedAt)) {
        return invalid({
          publishedAt: `Choose a time after the article was published (${formatDateTime(state.publishedAt, timezone)}).`,
        });
      }
      at = new Date(Math.max(chosen.getTime(), state.publishedAt.getTime()));
    }

    const note = await tx.correction.create({
      data: {
        articleId: state.id,
        kind: input.kind,
        text: input.text,
        publishedAt: at,
        createdById: staff.id,
      },
      select: { id: true },
    });
    const current = await tx.article.findUniqueOrThrow({
      where: { id: state.id },
      select: { substantiveUpdatedAt: true },
    });
    if (!current.substantiveUpdatedAt || current.substantiveUpdatedAt < at) {
      await tx.article.update({ where: { id: state.id }, data: { substantiveUpdatedAt: at } });
    }
    await writeAudit(tx, staff, "article.correction-add", state.id, {
      correctionId: note.id,
      kind: input.kind,
      text: input.text,
      publishedAt: at.toISOString(),
      backdated: at.getTime() < now.getTime() - MINUTE_MS,
    });
    // A note is a substantive update: the audio is made again as after one,
    // so a fix saved with the note (a corrected name, a new headline) is
    // heard; the hash rule makes nothing new when the text read is the same.
    await queueNarration(tx, { articleId: state.id, version: state.version, ...fieldsOf(state) });
    await refreshCorrectionPages(tx, state);
    return ok({ notes: await loadCorrectionNotes(tx, state.id) });
  });
  return result;
}

/**
 * Rewords a note. Its time and the article's "Updated" time stay: fixing the
 * wording of a note is not news. The audit log keeps the text before and after.
 */
export async function editCorrection(
  staff: Staff,
  input: { id: string; text: string },
): Promise<NotesResult> {
  const result = await db.$transaction(async (tx): Promise<NotesResult> => {
    const found = await findNote(tx, input.id);
    if (!found) return notFound("This note");
    const state = await lockArticle(tx, found.articleId);
    if (!state) return notFound("This article");
    if (!can(staff.role, "article.correct", contextFor(staff, state))) {
      return denied("change the corrections and updates of this article");
    }
    const note = await findNote(tx, input.id);
    if (!note) return notFound("This note");
    if (note.text !== input.text) {
      await tx.correction.update({ where: { id: note.id }, data: { text: input.text } });
      await writeAudit(tx, staff, "article.correction-edit", state.id, {
        correctionId: note.id,
        kind: note.kind,
        before: note.text,
        after: input.text,
      });
      await refreshCorrectionPages(tx, state);
    }
    return ok({ notes: await loadCorrectionNotes(tx, state.id) });
  });
  return result;
}

/**
 * Takes a note off the article (editors only). The audit entry keeps the
 * whole note. "Updated" stays where it is: the article was updated, and
 * taking the note back does not undo that.
 */
export async function removeCorrection(staff: Staff, input: { id: string }): Promise<NotesResult> {
  const result = await db.$transaction(async (tx): Promise<NotesResult> => {
    const found = await findNote(tx, input.id);
    if (!found) return notFound("This note");
    const state = await lockArticle(tx, found.articleId);
    if (!state) return notFound("This article");
    if (!can(staff.role, "article.removeCorrection", contextFor(staff, state))) {
      return denied("remove corrections or updates; ask an editor");
    }
    const note = await findNote(tx, input.id);
    if (!note) return notFound("This note");
    await tx.correction.delete({ where: { id: note.id } });
    await writeAudit(tx, staff, "article.correction-remove", state.id, {
      correctionId: note.id,
      kind: note.kind,
      text: note.text,
      publishedAt: note.publishedAt.toISOString(),
      createdById: note.createdById,
    });
    await refreshCorrectionPages(tx, state);
    return ok({ notes: await loadCorrectionNotes(tx, state.id) });
  });
  return result;
}

/**
 * The article, locked for the rest of the transaction, so a status change
 * (an unpublish) cannot slip between the checks and the write.
 */
async function lockArticle(tx: Tx, id: string): Promise<ArticleState | null> {
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${id} FOR UPDATE`;
  return loadArticleState(tx, id);
}

function findNote(tx: Tx, id: string) {
  return tx.correction.findUnique({
    where: { id },
    select: {
      id: true,
      articleId: true,
      kind: true,
      text: true,
      publishedAt: true,
      createdById: true,
    },
  });
}

function floorToMinute(date: Date): number {
  return Math.floor(date.getTime() / MINUTE_MS) * MINUTE_MS;
}

/**
 * The article's page (its box, "Updated" and JSON-LD), every list and
 * sitemap that dates it, and the /corrections page.
 */
function refreshCorrectionPages(tx: Tx, state: ArticleState): Promise<void> {
  const change = { id: state.id, ...placesOf(state) };
  return invalidate(tx, [...articleChangeTags(change), tags.corrections]);
}
